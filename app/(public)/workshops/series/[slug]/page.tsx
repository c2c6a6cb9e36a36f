import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ParticipationTable } from "@/components/workshops/participation-table";
import { PrintButton } from "@/components/workshops/print-button";
import { formatSessionDate } from "@/lib/workshops/format";
import { findSeriesResults } from "@/lib/workshops/queries";
import { paren } from "@/lib/i18n/punctuation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops.results");
  return { title: t("seriesTitle") };
}

/** A series' results: each session's counts, and who took part across the three sessions. */
export default async function SeriesResultsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const series = await findSeriesResults(slug);
  if (!series) notFound();
  const [t, locale] = await Promise.all([getTranslations("workshops"), getLocale()]);
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader eyebrow={t("results.seriesTitle")} title={`${locale === "en" ? series.titleEn : series.titleJa} (${series.year})`} actions={<PrintButton />} />
      {series.isDemo && <Alert tone="info" live="off">{t("demoNotice")}</Alert>}
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-std-24B-150">{t("results.sessions")}</h2>
        <ol className="flex flex-col gap-3">
          {series.sessions.map((s) => {
            const label = `${t("sessionLabel", { number: s.number })} ${t(`kind.${s.kind}`)}`;
            return (
              <li key={s.id} className="flex flex-col gap-1 rounded-8 border border-solid-gray-420 p-4">
                {s.state === "CLOSED" ? (
                  <Link href={`/workshops/sessions/${s.id}`} className="inline-flex min-h-11 items-center text-std-20B-150 text-blue-1000 underline">{label}</Link>
                ) : (
                  <p className="text-std-20B-150">{label}{paren(locale, t(`state.${s.state}`))}</p>
                )}
                <p className="text-std-16N-170">{formatSessionDate(s.startsAt, locale)} · {locale === "en" ? (s.venueEn ?? s.venueJa) : s.venueJa}</p>
                <p className="text-std-16N-170">{t("results.counts", { participants: s._count.participants, cards: s._count.issueCards, ideas: s._count.ideas })}</p>
              </li>
            );
          })}
        </ol>
      </section>
      <ParticipationTable rows={series.participation} />
      <TextLink href="/workshops" className="print:hidden">{t("results.back")}</TextLink>
    </Container>
  );
}
