import { describe, expect, test } from "vitest";
import { presentNotification } from "@/lib/notifications/present";

describe("presentNotification", () => {
  test.each([
    ["idea.answered", { title: "空き家" }, "ideaAnswered", "/ideas/mine"],
    ["project.offer", { projectSlug: "p", projectTitle: "P" }, "offerReceived", "/zukan/p"],
    ["offer.decided", { decision: "ACCEPTED", projectSlug: "p", projectTitle: "P" }, "offerAccepted", "/zukan/p"],
    ["offer.decided", { decision: "DECLINED", projectSlug: "p" }, "offerDeclined", "/zukan/p"],
    ["project.update", { projectSlug: "p", projectTitle: "P" }, "projectUpdated", "/zukan/p"],
    ["booking.decided", { decision: "CONFIRMED", via: "instant" }, "bookingConfirmed", "/netsugen/bookings"],
    ["booking.decided", { decision: "CONFIRMED", via: "decided" }, "bookingApproved", "/netsugen/bookings"],
    ["booking.decided", { decision: "CONFIRMED" }, "bookingApproved", "/netsugen/bookings"],
    ["booking.decided", { decision: "DECLINED", via: "decided" }, "bookingDeclined", "/netsugen/bookings"],
    ["booking.decided", { decision: "CANCELLED", via: "cancelled" }, "bookingCancelled", "/netsugen/bookings"],
    ["booking.decided", { decision: "SOMETHING" }, "generic", "/netsugen/bookings"],
    ["something.new", {}, "generic", null],
    ["project.offer", null, "offerReceived", null],
    ["project.offer", { projectSlug: 42 }, "offerReceived", null],
  ])("%s %j → %s", (kind, payload, key, href) => {
    const presented = presentNotification(kind, payload);
    expect(presented.messageKey).toBe(key);
    expect(presented.href).toBe(href);
  });
});
