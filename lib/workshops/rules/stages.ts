// The steps a facilitator walks a session through. Stages steer what the projector and the phones
// emphasise; whether posts are accepted is the separate "submissions open" switch.
export type SessionKind = "SDG_CARD_GAME" | "ISSUE_STRUCTURE" | "IDEATION";

export const STAGES: Record<SessionKind, readonly string[]> = {
  SDG_CARD_GAME: ["intro", "pick", "tally"],
  ISSUE_STRUCTURE: ["intro", "cards", "links", "review"],
  IDEATION: ["intro", "ideas", "vote", "shortlist"],
};

export function isStageOf(kind: SessionKind, stage: string): boolean {
  return STAGES[kind].includes(stage);
}

/** What participants may post in a session of this kind. */
export type Activity = "pick" | "card" | "link" | "idea" | "vote";

const ACTIVITIES: Record<SessionKind, readonly Activity[]> = {
  SDG_CARD_GAME: ["pick"],
  ISSUE_STRUCTURE: ["card", "link"],
  IDEATION: ["idea", "vote"],
};

export function allowsActivity(kind: SessionKind, activity: Activity): boolean {
  return ACTIVITIES[kind].includes(activity);
}
