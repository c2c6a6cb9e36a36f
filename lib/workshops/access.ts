import "server-only";
import { authorise, type CurrentUser } from "../auth/session";
import { db } from "../db";

export type FacilitationAccess =
  | { ok: true; user: CurrentUser; session: { id: string; seriesId: string } }
  | { ok: false; error: string };

/**
 * May the signed-in person drive this session? Staff and admins may drive any; a facilitator
 * only the sessions they are assigned to (lib/auth/roles "workshop.facilitate").
 */
export async function authoriseFacilitation(sessionId: string): Promise<FacilitationAccess> {
  const session = await db.workshopSession.findUnique({
    where: { id: sessionId },
    select: { id: true, seriesId: true, facilitators: { select: { id: true } } },
  });
  const auth = await authorise("workshop.facilitate", { facilitatorIds: session?.facilitators.map((f) => f.id) ?? [] });
  if (!auth.ok) return { ok: false, error: auth.reason === "unauthenticated" ? "errors.signInRequired" : "errors.forbidden" };
  if (!session) return { ok: false, error: "workshopErrors.notFound" };
  return { ok: true, user: auth.user, session: { id: session.id, seriesId: session.seriesId } };
}

/** The session a post belongs to, to check access before moderating it. */
export async function sessionOfPost(type: "ISSUE_CARD" | "WORKSHOP_IDEA" | "SDG_REFLECTION", id: string): Promise<string | null> {
  switch (type) {
    case "ISSUE_CARD":
      return (await db.issueCard.findUnique({ where: { id }, select: { sessionId: true } }))?.sessionId ?? null;
    case "WORKSHOP_IDEA":
      return (await db.workshopIdea.findUnique({ where: { id }, select: { sessionId: true } }))?.sessionId ?? null;
    case "SDG_REFLECTION":
      return (await db.sdgReflection.findUnique({ where: { id }, select: { participant: { select: { sessionId: true } } } }))?.participant.sessionId ?? null;
  }
}
