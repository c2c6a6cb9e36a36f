// Roles and what each may do. Pure: no I/O, so every rule is unit-tested as a table.
export const ROLES = ["RESIDENT", "MEMBER", "FACILITATOR", "STAFF", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  roles: readonly Role[];
  /** False until the person opened the link in the confirmation mail; absent means confirmed. */
  emailConfirmed?: boolean;
}

/**
 * Every action a signed-in person may attempt. Feature code asks `can(actor, action, resource)`
 * before any mutation; nothing checks roles directly.
 */
export type Action =
  | "staff.console.view"
  | "user.list"
  | "user.create"
  | "user.roles.update"
  | "audit.view"
  | "workshop.manage"
  | "workshop.console.view"
  | "workshop.facilitate"
  | "idea.submit"
  | "idea.review"
  | "notification.read"
  | "account.manage"
  | "supporter.register"
  | "supporter.register.export"
  | "comment.post"
  | "content.report"
  | "content.moderate"
  | "accessibility.feedback.manage"
  | "project.create"
  | "project.manage"
  | "project.participate"
  | "kpi.observation.edit"
  | "kpi.observation.approve"
  | "kpi.observation.withdraw"
  | "kpi.observation.publish"
  | "kpi.import"
  | "netsugen.book"
  | "netsugen.reception"
  | "netsugen.booking.cancel"
  | "netsugen.booking.decide"
  | "netsugen.membership.manage"
  | "netsugen.closure.manage"
  | "netsugen.statement.manage"
  | "netsugen.event.manage"
  | "mail.outbox.view";

/** An optional resource with an owner, for rules such as "only your own" or "not your own". */
export interface OwnedResource {
  ownerId?: string | null;
  facilitatorIds?: readonly string[];
}

const has = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));

const RULES: Record<Action, (actor: Actor, resource?: OwnedResource) => boolean> = {
  "staff.console.view": (a) => has(a, "STAFF", "ADMIN"),
  "user.list": (a) => has(a, "ADMIN"),
  "user.create": (a) => has(a, "ADMIN"),
  "user.roles.update": (a, r) => has(a, "ADMIN") && r?.ownerId !== a.id, // no admin edits their own roles
  "audit.view": (a) => has(a, "STAFF", "ADMIN"),
  "accessibility.feedback.manage": (a) => has(a, "STAFF", "ADMIN"),
  "workshop.manage": (a) => has(a, "STAFF", "ADMIN"),
  // The list of sessions to run; each session's console still checks "workshop.facilitate".
  "workshop.console.view": (a) => has(a, "FACILITATOR", "STAFF", "ADMIN"),
  "workshop.facilitate": (a, r) =>
    has(a, "STAFF", "ADMIN") || (has(a, "FACILITATOR") && (r?.facilitatorIds?.includes(a.id) ?? false)),
  "idea.submit": () => true,
  "idea.review": (a) => has(a, "STAFF", "ADMIN"),
  "notification.read": () => true,
  // One's own account only: every account action acts on the person asking, never on an id sent.
  "account.manage": () => true,
  // Anyone with an account, wherever they live, may register as a supporter (関係人口), and only themselves.
  "supporter.register": () => true,
  // Names and addresses of supporters who consented, per municipality: staff only, and audited.
  "supporter.register.export": (a) => has(a, "STAFF", "ADMIN"),
  "comment.post": () => true,
  "content.report": () => true,
  "content.moderate": (a) => has(a, "STAFF", "ADMIN"),
  "project.create": (a) => has(a, "STAFF", "ADMIN"),
  "project.participate": () => true,
  "project.manage": (a, r) => has(a, "STAFF", "ADMIN") || (r?.ownerId != null && r.ownerId === a.id),
  "kpi.observation.edit": (a) => has(a, "STAFF", "ADMIN"),
  // Four eyes: the approver must not be the person who submitted the value.
  "kpi.observation.approve": (a, r) => has(a, "STAFF", "ADMIN") && r?.ownerId !== a.id,
  // The other side of four eyes: only the person who submitted a value may take it back.
  "kpi.observation.withdraw": (a, r) => has(a, "STAFF", "ADMIN") && r?.ownerId != null && r.ownerId === a.id,
  // Publishing makes an approved value public; approval already took two people.
  "kpi.observation.publish": (a) => has(a, "STAFF", "ADMIN"),
  // A bulk import submits values; each still needs another staff member to approve it, then a publish.
  "kpi.import": (a) => has(a, "STAFF", "ADMIN"),
  "netsugen.book": (a) => has(a, "MEMBER"),
  "netsugen.reception": (a) => has(a, "STAFF", "ADMIN"),
  // A member cancels their own bookings; reception staff may cancel anyone's.
  "netsugen.booking.cancel": (a, r) => has(a, "STAFF", "ADMIN") || (r?.ownerId != null && r.ownerId === a.id),
  "netsugen.booking.decide": (a) => has(a, "STAFF", "ADMIN"),
  "netsugen.membership.manage": (a) => has(a, "STAFF", "ADMIN"),
  "netsugen.closure.manage": (a) => has(a, "STAFF", "ADMIN"),
  "netsugen.statement.manage": (a) => has(a, "STAFF", "ADMIN"),
  "netsugen.event.manage": (a) => has(a, "STAFF", "ADMIN"),
  // Mail holds personal data (addresses, names): admins only, like the user list.
  "mail.outbox.view": (a) => has(a, "ADMIN"),
};

/**
 * What puts words or bookings in front of other people: only with a confirmed address, so a
 * throwaway sign-up cannot post. Browsing, following one's notices and the account itself stay open.
 */
const NEEDS_CONFIRMED_EMAIL: ReadonlySet<Action> = new Set<Action>(["idea.submit", "comment.post", "project.participate", "netsugen.book"]);

/** Whether the role allows it but the unconfirmed address does not (the page says "confirm first"). */
export function awaitsEmailConfirmation(actor: Actor | null | undefined, action: Action, resource?: OwnedResource): boolean {
  return actor?.emailConfirmed === false && NEEDS_CONFIRMED_EMAIL.has(action) && RULES[action](actor, resource);
}

export function can(actor: Actor | null | undefined, action: Action, resource?: OwnedResource): boolean {
  if (!actor) return false;
  if (actor.emailConfirmed === false && NEEDS_CONFIRMED_EMAIL.has(action)) return false;
  return RULES[action](actor, resource);
}

/** Roles only an admin may grant; sign-up gives RESIDENT, and MEMBER comes with an approved membership. */
export const STAFF_ROLES: readonly Role[] = ["FACILITATOR", "STAFF", "ADMIN"];

/** Where someone lands after signing in without asking for a page: staff start at their inbox. */
export function landingPath(actor: Actor): string {
  if (can(actor, "staff.console.view")) return "/staff";
  if (can(actor, "workshop.console.view")) return "/staff/workshops";
  return "/";
}
