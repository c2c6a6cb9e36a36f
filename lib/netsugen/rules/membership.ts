// A membership's life: applied → active (approved by staff) or declined; active ↔ suspended;
// active or suspended → ended. Anything else is refused.
export type MembershipStatus = "APPLIED" | "ACTIVE" | "SUSPENDED" | "ENDED" | "DECLINED";

const NEXT: Record<MembershipStatus, readonly MembershipStatus[]> = {
  APPLIED: ["ACTIVE", "DECLINED"],
  ACTIVE: ["SUSPENDED", "ENDED"],
  SUSPENDED: ["ACTIVE", "ENDED"],
  ENDED: [],
  DECLINED: [],
};

export function canMoveMembership(from: MembershipStatus, to: MembershipStatus): boolean {
  return NEXT[from].includes(to);
}

/** Whether a person holding memberships in these states should have the MEMBER role. */
export const grantsMemberRole = (statuses: readonly MembershipStatus[]) => statuses.some((s) => s === "ACTIVE" || s === "SUSPENDED");
