// Accessibility feedback: anyone sends it (rate limited per address, audited without naming the
// sender), staff list it newest first and toggle "handled". The real actions run, with only the
// request context simulated.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { sendAccessibilityFeedbackAction } from "@/app/(public)/accessibility/actions";
import { setFeedbackHandledAction } from "@/app/(staff)/staff/feedback/actions";
import { listAccessibilityFeedback } from "@/lib/accessibility/feedback";
import { FEEDBACK_LIMITS } from "@/lib/accessibility/feedback-limits";
import { db } from "@/lib/db";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { form } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

let lastOctet = 0;
const newAddress = () => `198.51.100.${++lastOctet}`;

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
  request.address = newAddress();
});

const send = (fields: Record<string, string>) => sendAccessibilityFeedbackAction(null, form(fields));

describe("sending feedback", () => {
  test("anonymous feedback with only what happened is stored, with an audit row that names no one", async () => {
    const result = await send({ description: "「申し込む」ボタンが読み上げられません" });
    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = result.ok ? result.data.id : "";
    const row = await db.accessibilityFeedback.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ description: "「申し込む」ボタンが読み上げられません", pageUrl: null, assistiveTech: null, contactEmail: null, handledAt: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectType: "AccessibilityFeedback", subjectId: id } });
    expect(audit).toMatchObject({ action: "accessibility_feedback.create", actorId: null, actorLabel: "anonymous" });
    expect(JSON.stringify(audit.after)).not.toContain("申し込む");
  });

  test("signed in, the feedback is still not linked to the account; the e-mail is lower-cased", async () => {
    const resident = await createTestUser(["RESIDENT"]);
    signInAs(resident.id);
    const result = await send({ description: "Focus is lost after closing the dialog", pageUrl: "/zukan", assistiveTech: "NVDA 2025 + Firefox", contactEmail: "Reader@Example.JP" });
    expect(result.ok).toBe(true);
    const row = await db.accessibilityFeedback.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(row).toMatchObject({ pageUrl: "/zukan", assistiveTech: "NVDA 2025 + Firefox", contactEmail: "reader@example.jp" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: row.id } });
    expect(audit.actorId).toBeNull();
  });

  test.each([
    ["no description", {}, "description", "errors.required"],
    ["a blank description", { description: "   \n  " }, "description", "errors.required"],
    ["an oversized description", { description: "あ".repeat(FEEDBACK_LIMITS.description + 1) }, "description", "errors.tooLong"],
    ["an oversized page", { description: "x", pageUrl: "/".repeat(FEEDBACK_LIMITS.pageUrl + 1) }, "pageUrl", "errors.tooLong"],
    ["control characters", { description: "x", assistiveTech: "NVDA\u0000\u202E" }, "assistiveTech", "errors.invalidCharacters"],
    ["a bad e-mail", { description: "x", contactEmail: "not-an-address" }, "contactEmail", "errors.email"],
    ["a header-injection e-mail", { description: "x", contactEmail: "a@example.jp\r\nBcc: b@example.jp" }, "contactEmail", "errors.email"],
  ])("%s is refused with a field error, and nothing is written", async (_name, fields, field, key) => {
    const before = await db.accessibilityFeedback.count();
    const result = await send(fields as Record<string, string>);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.[field]).toContain(key);
    expect(await db.accessibilityFeedback.count()).toBe(before);
  });

  test("markup is kept as text, never interpreted", async () => {
    const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> '; DROP TABLE "AccessibilityFeedback"; --`;
    const result = await send({ description: hostile, pageUrl: "javascript:alert(1)" });
    expect(result.ok).toBe(true);
    const row = await db.accessibilityFeedback.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(row.description).toBe(hostile);
    expect(row.pageUrl).toBe("javascript:alert(1)");
  });

  test("one address sends a handful an hour; then a clear message, and nothing more is written", async () => {
    for (let i = 0; i < RATE_LIMITS.accessibilityFeedback.points; i++) expect((await send({ description: `note ${i}` })).ok).toBe(true);
    const before = await db.accessibilityFeedback.count();
    const refused = await send({ description: "one too many" });
    expect(refused).toMatchObject({ ok: false, error: "accessibilityFeedback.rateLimited" });
    expect(await db.accessibilityFeedback.count()).toBe(before);
    request.address = newAddress();
    expect((await send({ description: "from elsewhere" })).ok).toBe(true);
  });

  test("invalid input does not spend the address's budget", async () => {
    for (let i = 0; i < RATE_LIMITS.accessibilityFeedback.points + 3; i++) expect((await send({ description: "" })).ok).toBe(false);
    expect((await send({ description: "now a real one" })).ok).toBe(true);
  });
});

describe("staff handle feedback", () => {
  const toggle = (feedbackId: string, handled: boolean) => setFeedbackHandledAction(null, form({ feedbackId, handled: String(handled) }));

  test.each([
    ["anonymous", null, "errors.signInRequired"],
    ["resident", ["RESIDENT"], "errors.forbidden"],
    ["member", ["RESIDENT", "MEMBER"], "errors.forbidden"],
    ["facilitator", ["FACILITATOR"], "errors.forbidden"],
  ] as const)("%s is refused and nothing changes", async (_who, roles, error) => {
    const sent = await send({ description: "refusal check" });
    const id = sent.ok ? sent.data.id : "";
    if (roles) signInAs((await createTestUser([...roles])).id);
    expect(await toggle(id, true)).toMatchObject({ ok: false, error });
    expect((await db.accessibilityFeedback.findUniqueOrThrow({ where: { id } })).handledAt).toBeNull();
  });

  test.each([
    ["staff", ["STAFF"]],
    ["admin", ["ADMIN"]],
  ] as const)("%s marks it handled and open again, each step audited; a repeated step is refused", async (_who, roles) => {
    const sent = await send({ description: "toggle check" });
    const id = sent.ok ? sent.data.id : "";
    const staff = await createTestUser([...roles]);
    signInAs(staff.id);
    expect(await toggle(id, true)).toEqual({ ok: true, data: { handled: true } });
    expect((await db.accessibilityFeedback.findUniqueOrThrow({ where: { id } })).handledAt).toBeInstanceOf(Date);
    expect(await toggle(id, true)).toMatchObject({ ok: false, error: "feedbackStaff.errors.unchanged" });
    expect(await toggle(id, false)).toEqual({ ok: true, data: { handled: false } });
    expect((await db.accessibilityFeedback.findUniqueOrThrow({ where: { id } })).handledAt).toBeNull();
    const audit = await db.auditLog.findMany({ where: { subjectId: id, actorId: staff.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["accessibility_feedback.handle", "accessibility_feedback.reopen"]);
  });

  test("unknown, oversized or hostile ids and values are refused without a write", async () => {
    signInAs((await createTestUser(["STAFF"])).id);
    expect(await toggle("no-such-feedback", true)).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await setFeedbackHandledAction(null, form({ feedbackId: "x".repeat(65), handled: "true" }))).toMatchObject({ ok: false, error: "errors.checkFields" });
    expect(await setFeedbackHandledAction(null, form({ feedbackId: "' OR 1=1 --", handled: "yes" }))).toMatchObject({ ok: false, error: "errors.checkFields" });
  });

  test("the console lists feedback newest first", async () => {
    const first = await send({ description: "older" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await send({ description: "newer" });
    const ids = (await listAccessibilityFeedback()).map((f) => f.id);
    expect(ids.indexOf(second.ok ? second.data.id : "")).toBeLessThan(ids.indexOf(first.ok ? first.data.id : ""));
  });
});

describe("the table's own limits", () => {
  test("a CHECK constraint refuses an empty or oversized description even past the app", async () => {
    await expect(db.accessibilityFeedback.create({ data: { description: "" } })).rejects.toThrow();
    await expect(db.accessibilityFeedback.create({ data: { description: "x".repeat(FEEDBACK_LIMITS.description + 1) } })).rejects.toThrow();
    await expect(db.accessibilityFeedback.create({ data: { description: "ok", contactEmail: "y".repeat(255) } })).rejects.toThrow();
  });
});
