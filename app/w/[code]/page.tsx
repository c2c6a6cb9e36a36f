import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { CodeFormLazy as CodeForm } from "@/components/workshops/code-form-lazy";
import { JoinForm } from "@/components/workshops/join-form";
import { ParticipantBoardLazy as ParticipantBoard } from "@/components/workshops/participant-board-lazy";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveParticipant } from "@/lib/workshops/participants";
import { findSessionByCode, getBoard } from "@/lib/workshops/queries";
import { listSdgGoals } from "@/lib/sdgs/queries";
import { normaliseJoinCode } from "@/lib/workshops/rules/join-code";

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops.join");
  return { title: t("title") };
}

/** /w/ABC123, the QR code's target: join the session, then take part from this phone. */
export default async function WorkshopCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normaliseJoinCode(safeDecode(raw));
  if (code && code !== raw) redirect(`/w/${code}`);
  const [t, locale] = await Promise.all([getTranslations("workshops"), getLocale()]);
  const session = code ? await findSessionByCode(code) : null;
  if (!code || !session) {
    return (
      <Container size="narrow" className="pb-16">
        <PageHeader title={t("code.title")} lead={t("code.lead")} />
        <CodeForm invalid />
      </Container>
    );
  }
  const title = locale === "en" ? session.series.titleEn : session.series.titleJa;
  if (session.state !== "OPEN") {
    return (
      <Container size="narrow" className="flex flex-col gap-6 pb-16">
        <PageHeader eyebrow={title} title={t(`board.kind.${session.kind}`)} />
        <Alert tone="info" live="off" title={t(session.state === "CLOSED" ? "join.closedTitle" : "join.notOpenTitle")}>
          {t(session.state === "CLOSED" ? "join.closedBody" : "join.notOpenBody")}
        </Alert>
        {session.state === "CLOSED" && <TextLink href={`/workshops/sessions/${session.id}`}>{t("join.resultsLink")}</TextLink>}
      </Container>
    );
  }
  const participant = await resolveParticipant(session.id);
  if (!participant) {
    const user = await getCurrentUser();
    return (
      <Container size="narrow" className="pb-16">
        <PageHeader eyebrow={title} title={t("join.title")} lead={user ? t("join.leadSignedIn", { name: user.name }) : t("join.lead")} />
        {session.isDemo && <Alert tone="info" live="off" className="mb-6">{t("demoNotice")}</Alert>}
        <JoinForm code={code} defaultNickname={user?.name} />
      </Container>
    );
  }
  const [board, goals] = await Promise.all([getBoard(session.id, participant.id), listSdgGoals()]);
  return (
    <Container size="narrow">
      <ParticipantBoard initial={board!} goals={goals} title={title} />
    </Container>
  );
}
