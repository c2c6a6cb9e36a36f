import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ParticipationTable } from "@/components/workshops/participation-table";
import { PrintButton } from "@/components/workshops/print-button";
import { SessionResults } from "@/components/workshops/session-results";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { formatSessionDate } from "@/lib/workshops/format";
import { findSession, getBoard, participationByAffiliation } from "@/lib/workshops/queries";
import { listSdgGoals } from "@/lib/sdgs/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [session, t, locale] = await Promise.all([params.then(({ id }) => findSession(id)), getTranslations("workshops"), getLocale()]);
  if (!session) return { title: t("results.seriesTitle") };
  const name = `${t("sessionLabel", { number: session.number })} ${t(`kind.${session.kind}`)}`;
  return { title: t("results.pageTitle", { session: name, series: locale === "en" ? session.series.titleEn : session.series.titleJa }) };
}

/** A session's public results once it has ended (its facilitators may look earlier). */
export default async function SessionResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await findSession(id);
  if (!session) notFound();
  if (session.state !== "CLOSED" && !can(await getCurrentUser(), "workshop.facilitate", { facilitatorIds: session.facilitators.map((f) => f.id) })) notFound();
  const [t, locale, board, participation, goals] = await Promise.all([getTranslations("workshops"), getLocale(), getBoard(id), participationByAffiliation({ sessionId: id }), listSdgGoals()]);
  const name = `${t("sessionLabel", { number: session.number })} ${t(`kind.${session.kind}`)}`;
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader
        eyebrow={locale === "en" ? session.series.titleEn : session.series.titleJa}
        title={t("results.title", { session: name })}
        lead={`${formatSessionDate(session.startsAt, locale)} · ${locale === "en" ? (session.venueEn ?? session.venueJa) : session.venueJa}`}
        actions={<PrintButton />}
      />
      {session.isDemo && <Alert tone="info" live="off">{t("demoNotice")}</Alert>}
      <SessionResults board={board!} goals={goals} />
      <ParticipationTable rows={participation} />
      <div className="flex flex-wrap gap-6 print:hidden">
        {session.state === "CLOSED" && <a href={`/api/workshops/sessions/${session.id}/export`} className={buttonClasses({ variant: "secondary" })}>{t("results.csv")}</a>}
        <TextLink href={`/workshops/series/${session.series.slug}`}>{t("results.seriesLink")}</TextLink>
        <TextLink href="/workshops">{t("results.back")}</TextLink>
      </div>
    </Container>
  );
}
