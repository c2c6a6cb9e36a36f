import { describe, expect, test } from "vitest";
import { buildCalendar, escapeText, foldLine } from "@/lib/netsugen/ical";

describe("iCalendar", () => {
  test.each([
    ["a, b; c\\d", "a\\, b\\; c\\\\d"],
    ["line one\nline two", "line one\\nline two"],
  ])("escapes %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test("folds long lines at 75 octets without splitting a Japanese character", () => {
    const folded = foldLine(`SUMMARY:${"会議室".repeat(30)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"会議室".repeat(30)}`);
  });

  test("a booking becomes one VEVENT in UTC with CRLF line ends", () => {
    const ics = buildCalendar(
      "NETSUGEN",
      [{ uid: "booking-1@x", startsAt: new Date("2026-12-01T10:00:00+09:00"), endsAt: new Date("2026-12-01T11:00:00+09:00"), summary: "会議室A", status: "TENTATIVE" }],
      new Date("2026-11-30T00:00:00Z"),
    );
    expect(ics).toContain("DTSTART:20261201T010000Z\r\n");
    expect(ics).toContain("DTEND:20261201T020000Z\r\n");
    expect(ics).toContain("STATUS:TENTATIVE\r\n");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "").includes("\n")).toBe(false);
  });
});
