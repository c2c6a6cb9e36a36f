import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ProjectorView } from "@/components/workshops/projector-view";
import { requirePageAccess } from "@/lib/auth/guard";
import { joinLink } from "@/lib/workshops/join-link";
import { findSession, getBoard } from "@/lib/workshops/queries";
import { listSdgGoals } from "@/lib/sdgs/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projector");
  return { title: t("title") };
}

export default async function ProjectorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await findSession(id);
  if (!session) notFound();
  const path = `/staff/workshops/sessions/${id}`;
  await requirePageAccess("workshop.facilitate", `${path}/projector`, { facilitatorIds: session.facilitators.map((f) => f.id) });
  if (session.state !== "OPEN" || !session.joinCode) redirect(path);
  const [board, goals, join] = await Promise.all([getBoard(id), listSdgGoals(), joinLink(session.joinCode)]);
  return <ProjectorView initial={board!} goals={goals} joinUrl={join.url} joinCode={session.joinCode} qrSvg={join.qrSvg} consoleHref={path} />;
}
