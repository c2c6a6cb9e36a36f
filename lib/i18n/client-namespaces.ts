// Which message namespaces reach the browser. Server components read the whole catalogue on the
// server; client components only get what their part of the site needs, because every message
// sent to the client is serialised into each page's HTML (the whole catalogue was ~90 kB a page).

type Messages = Record<string, unknown>;

/** What the shell's client parts (sign-out, error page, form error summaries) use on every page. */
export const SHELL_NAMESPACES = ["common", "nav", "errors", "errorPage"] as const;

/** Each public area's client namespaces, action error namespaces included. */
export const AREA_NAMESPACES = {
  dashboard: ["dashboard", "kpiGrade"],
  projects: ["zukan", "project", "comments", "stage", "need", "needStatus", "fundingRoute", "ideas", "teamInvitation"],
  workshops: ["workshops", "workshopLive", "workshopErrors", "projector"],
  netsugen: ["netsugen"],
  auth: ["signIn", "signInWait", "signUp", "passwordReset", "emailConfirmation", "accountErrors"],
  accessibility: ["accessibilityFeedback"],
} as const satisfies Record<string, readonly string[]>;

export type ClientArea = keyof typeof AREA_NAMESPACES;

/** The top-level namespaces named, and nothing else. */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((name) => name in messages).map((name) => [name, messages[name]]));
}
