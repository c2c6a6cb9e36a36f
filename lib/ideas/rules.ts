// The idea pipeline as a state machine. Pure, so every allowed and forbidden move is a table test.
//
//   SUBMITTED → UNDER_REVIEW → ACCEPTED (into incubation) | DECLINED (with a reason) | MERGED (into another idea)
//
// An idea can also be declined or merged straight from SUBMITTED (an obvious duplicate needs no
// review). ACCEPTED, DECLINED and MERGED are final: a new idea, not a reopened one, carries on.
export const IDEA_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "DECLINED", "MERGED"] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

const TRANSITIONS: Record<IdeaStatus, readonly IdeaStatus[]> = {
  SUBMITTED: ["UNDER_REVIEW", "DECLINED", "MERGED"],
  UNDER_REVIEW: ["ACCEPTED", "DECLINED", "MERGED"],
  ACCEPTED: [],
  DECLINED: [],
  MERGED: [],
};

export function canMoveIdea(from: IdeaStatus, to: IdeaStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextIdeaStatuses(from: IdeaStatus): readonly IdeaStatus[] {
  return TRANSITIONS[from];
}

/** Whether staff still have to decide on this idea. */
export function isOpenIdea(status: IdeaStatus): boolean {
  return TRANSITIONS[status].length > 0;
}
