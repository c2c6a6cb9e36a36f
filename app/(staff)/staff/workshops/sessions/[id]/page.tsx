import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { LiveRefresh } from "@/components/workshops/staff/live-refresh";
import { SessionConsole } from "@/components/workshops/staff/session-console";
import { requirePageAccess } from "@/lib/auth/guard";
import { listHiddenPosts } from "@/lib/comments/hidden";
import { formatSessionDate } from "@/lib/workshops/format";
import { joinLink } from "@/lib/workshops/join-link";
import { findSession, getBoard, openReports } from "@/lib/workshops/queries";
import { sessionPhase } from "@/lib/workshops/rules/schedule";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshopStaff");
  return { title: t("consoleTitle") };
}

export default async function SessionConsolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await findSession(id);
  if (!session) notFound();
  await requirePageAccess("workshop.facilitate", `/staff/workshops/sessions/${id}`, { facilitatorIds: session.facilitators.map((f) => f.id) });
  const [t, locale, board, reports, hidden, join] = await Promise.all([
    getTranslations(),
    getLocale(),
    getBoard(id),
    openReports(id),
    listHiddenPosts({ sessionId: id }),
    session.state === "OPEN" && session.joinCode ? joinLink(session.joinCode) : Promise.resolve(null),
  ]);
  return (
    <Container className="flex flex-col gap-6 pb-16">
      <PageHeader
        eyebrow={locale === "en" ? session.series.titleEn : session.series.titleJa}
        title={t(`workshops.board.kind.${session.kind}`)}
        lead={`${formatSessionDate(session.startsAt, locale)} · ${locale === "en" ? (session.venueEn ?? session.venueJa) : session.venueJa} · ${t(`workshops.phase.${sessionPhase(session, new Date())}`)} · ${t("workshopStaff.participants", { count: board!.session.participants })}`}
      />
      {session.state === "OPEN" && <LiveRefresh sessionId={id} />}
      <SessionConsole board={board!} joinCode={session.joinCode} join={join} reports={reports} hidden={hidden.map((h) => ({ subjectType: h.subjectType, subjectId: h.subjectId, text: h.text }))} />
    </Container>
  );
}
