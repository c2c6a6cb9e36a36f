import "server-only";
import { authoriseFacilitation } from "./access";
import { resolveParticipant } from "./participants";

/** Who may watch a session's live board: its participants, and whoever may facilitate it. */
export async function resolveBoardViewer(sessionId: string): Promise<{ ok: true; participantId: string | null } | { ok: false; status: 401 | 403 | 404 }> {
  const participant = await resolveParticipant(sessionId);
  if (participant) return { ok: true, participantId: participant.id };
  const access = await authoriseFacilitation(sessionId);
  if (access.ok) return { ok: true, participantId: null };
  if (access.error === "workshopErrors.notFound") return { ok: false, status: 404 };
  return { ok: false, status: access.error === "errors.signInRequired" ? 401 : 403 };
}
