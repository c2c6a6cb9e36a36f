// What a session's badge says to the public, from its state and its dates together: a session
// still "scheduled" after its date has passed must not be announced as upcoming.
import { tokyoDateKey } from "../../dates/tokyo";

export type SessionPhase = "DRAFT" | "UPCOMING" | "TODAY" | "OPEN" | "CLOSED" | "NOT_HELD";

export interface SessionTiming {
  state: "DRAFT" | "SCHEDULED" | "OPEN" | "CLOSED";
  startsAt: Date;
  endsAt: Date;
}

export function sessionPhase(session: SessionTiming, now: Date): SessionPhase {
  if (session.state !== "SCHEDULED") return session.state;
  if (session.endsAt.getTime() <= now.getTime()) return "NOT_HELD";
  return tokyoDateKey(session.startsAt) === tokyoDateKey(now) ? "TODAY" : "UPCOMING";
}
