import "server-only";
import { authoriseFacilitation } from "./access";
import { resolveParticipant } from "./participants";

export type BoardViewer =
  /** `key` names the viewer across their streams: the participant, or the facilitator's account in this session. */
  | { ok: true; participantId: string | null; key: string }
  | { ok: false; status: 401 | 403 | 404 };

/** Who may watch a session's live board: its participants, and whoever may facilitate it. */
export async function resolveBoardViewer(sessionId: string): Promise<BoardViewer> {
  const participant = await resolveParticipant(sessionId);
  if (participant) return { ok: true, participantId: participant.id, key: `participant:${participant.id}` };
  const access = await authoriseFacilitation(sessionId);
  if (access.ok) return { ok: true, participantId: null, key: `facilitator:${access.user.id}:${sessionId}` };
  if (access.error === "workshopErrors.notFound") return { ok: false, status: 404 };
  return { ok: false, status: access.error === "errors.signInRequired" ? 401 : 403 };
}
