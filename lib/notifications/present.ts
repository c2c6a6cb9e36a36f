// Turns a stored notice into what the list shows: a message key, its values, and where it leads.
// Payloads are JSON written by this codebase, but old rows may lack a field: nothing here throws.
export interface PresentedNotification {
  messageKey: string;
  values: Record<string, string>;
  href: string | null;
}

function text(payload: unknown, key: string): string {
  const value = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : "";
}

function payloadFlag(payload: unknown, key: string): boolean {
  return typeof payload === "object" && payload !== null && (payload as Record<string, unknown>)[key] === true;
}

// By decision: what staff deciding a request says, and what a booking confirmed at once says.
const BOOKING_MESSAGE: Record<string, readonly [string, string]> = {
  CONFIRMED: ["bookingApproved", "bookingConfirmed"],
  DECLINED: ["bookingDeclined", "bookingDeclined"],
  CANCELLED: ["bookingCancelled", "bookingCancelled"],
};

// The kind "event.promoted" carries every change of one's place at an event; "via" says which.
const EVENT_MESSAGE: Record<string, string> = { registered: "eventRegistered", waitlisted: "eventWaitlisted" };

export function presentNotification(kind: string, payload: unknown): PresentedNotification {
  const projectHref = text(payload, "projectSlug") ? `/zukan/${text(payload, "projectSlug")}` : null;
  switch (kind) {
    case "idea.answered":
      return { messageKey: "ideaAnswered", values: { title: text(payload, "title") }, href: "/ideas/mine" };
    case "project.offer":
      return { messageKey: "offerReceived", values: { title: text(payload, "projectTitle") }, href: projectHref };
    case "offer.decided":
      return {
        messageKey: text(payload, "decision") === "ACCEPTED" ? "offerAccepted" : "offerDeclined",
        values: { title: text(payload, "projectTitle") },
        href: projectHref,
      };
    case "project.update":
      return text(payload, "stage")
        ? { messageKey: "projectStageChanged", values: { title: text(payload, "projectTitle"), stage: text(payload, "stage") }, href: projectHref }
        : { messageKey: "projectUpdated", values: { title: text(payload, "projectTitle") }, href: projectHref };
    case "supporter.need":
      return { messageKey: "supporterNeed", values: { title: text(payload, "projectTitle"), need: text(payload, "needTitle") }, href: projectHref };
    case "supporter.workshop":
      return {
        messageKey: "supporterWorkshop",
        values: { title: text(payload, "seriesTitle"), number: text(payload, "number"), date: text(payload, "date") },
        href: text(payload, "seriesSlug") ? `/workshops/series/${text(payload, "seriesSlug")}` : "/workshops",
      };
    case "supporter.event":
      return { messageKey: "supporterEvent", values: { title: text(payload, "eventTitle"), date: text(payload, "date") }, href: text(payload, "eventSlug") ? `/netsugen/events/${text(payload, "eventSlug")}` : "/netsugen" };
    case "project.team":
      return {
        messageKey: payloadFlag(payload, "accepted") ? "teamJoined" : "teamDeclined",
        values: { title: text(payload, "projectTitle"), name: text(payload, "name") },
        href: projectHref,
      };
    case "booking.decided":
      return {
        messageKey: BOOKING_MESSAGE[text(payload, "decision")]?.[text(payload, "via") === "instant" ? 1 : 0] ?? "generic",
        values: { space: text(payload, "spaceName") },
        href: "/netsugen/bookings",
      };
    case "event.promoted":
      return {
        messageKey: EVENT_MESSAGE[text(payload, "via")] ?? "eventPromoted",
        values: { title: text(payload, "eventTitle"), position: text(payload, "position") },
        href: text(payload, "eventSlug") ? `/netsugen/events/${text(payload, "eventSlug")}` : null,
      };
    case "netsugen.reminder":
      return text(payload, "what") === "event"
        ? {
            messageKey: "eventReminder",
            values: { title: text(payload, "eventTitle"), time: text(payload, "time") },
            href: text(payload, "eventSlug") ? `/netsugen/events/${text(payload, "eventSlug")}` : null,
          }
        : { messageKey: "bookingReminder", values: { space: text(payload, "spaceName"), time: text(payload, "time") }, href: "/netsugen/bookings" };
    case "staff.waiting":
      return { messageKey: "staffWaiting", values: { count: text(payload, "count") }, href: "/staff" };
    default:
      return { messageKey: "generic", values: {}, href: null };
  }
}
