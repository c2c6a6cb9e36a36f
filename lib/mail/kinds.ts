// Kinds of e-mail. A kind is the unit of one-click unsubscribe: turning off "project.update"
// stops updates of followed projects and nothing else. Notification mail takes the kind of its
// in-app notice; mail a person asked for (confirming an address, resetting a password) is
// transactional: no unsubscribe link, and never suppressed by an opt-out.

export const NOTIFICATION_MAIL_KINDS = ["idea.answered", "project.offer", "offer.decided", "project.update", "project.team", "booking.decided", "event.promoted", "netsugen.reminder", "staff.waiting", "supporter.need", "supporter.workshop", "supporter.event"] as const;
export type NotificationMailKind = (typeof NOTIFICATION_MAIL_KINDS)[number];

/** Kinds only staff and facilitators receive: their settings page shows them, and only theirs. */
export const STAFF_NOTIFICATION_KINDS: readonly NotificationMailKind[] = ["staff.waiting"];

export function isNotificationMailKind(kind: unknown): kind is NotificationMailKind {
  return typeof kind === "string" && (NOTIFICATION_MAIL_KINDS as readonly string[]).includes(kind);
}

/** The daily and weekly digests: unsubscribing from one turns off every kind sent that way. */
export const DIGEST_MAIL_KINDS = { DAILY: "digest.daily", WEEKLY: "digest.weekly" } as const;
export type DigestMailKind = (typeof DIGEST_MAIL_KINDS)[keyof typeof DIGEST_MAIL_KINDS];

export function isDigestMailKind(kind: unknown): kind is DigestMailKind {
  return kind === DIGEST_MAIL_KINDS.DAILY || kind === DIGEST_MAIL_KINDS.WEEKLY;
}

/** Mail with a one-click unsubscribe link: notices and digests. */
export function isUnsubscribableKind(kind: unknown): kind is NotificationMailKind | DigestMailKind {
  return isNotificationMailKind(kind) || isDigestMailKind(kind);
}

/** Mail about the account itself, sent because the person (or someone with their address) asked. */
export const ACCOUNT_MAIL_KINDS = {
  confirmEmail: "account.confirm-email",
  resetPassword: "account.reset-password",
  passwordChanged: "account.password-changed",
  signUpExisting: "account.sign-up-existing",
  changeEmail: "account.change-email",
  emailChanged: "account.email-changed",
  invitation: "account.invitation",
} as const;

/** Mail to someone without an account, about what they just did (registering for an event). */
export const GUEST_MAIL_KINDS = {
  eventRegistration: "guest.event-registration",
} as const;

/** An invitation to a project's team, mailed to an address that may or may not have an account. */
export const TEAM_MAIL_KINDS = {
  invitation: "team.invitation",
} as const;

/** The catalogue key of a kind ("project.update" → "projectUpdate"): catalogue keys cannot hold dots. */
export function kindMessageKey(kind: string): string {
  return isUnsubscribableKind(kind) ? kind.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase()) : "generic";
}
