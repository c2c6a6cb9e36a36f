// Which digest window a moment falls in, in Japan time: a day ("2026-12-04"), or a week named by
// its Monday ("W2026-11-30"). A window is sent at most once per person (DigestRun).
import { tokyoDateKey } from "../../dates/tokyo";

export const DIGEST_CADENCES = ["DAILY", "WEEKLY"] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];

export function digestWindowKey(cadence: DigestCadence, now: Date): string {
  const day = tokyoDateKey(now);
  if (cadence === "DAILY") return day;
  const date = new Date(`${day}T00:00:00Z`);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - daysSinceMonday);
  return `W${date.toISOString().slice(0, 10)}`;
}
