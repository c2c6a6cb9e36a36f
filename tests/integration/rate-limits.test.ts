// Rate limits on sign-in, sign-up, workshop joins and posts, and bookings. The counters live in the
// database, so they are shared by every app instance; these tests call the real actions and the
// real next-auth authorize step, with only the request context simulated.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { joinAction } from "@/app/w/[code]/actions";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { bookSpaceAction } from "@/app/(member)/netsugen/actions";
import { submitIdeaAction } from "@/app/(public)/ideas/new/actions";
import { registerAction } from "@/app/(public)/netsugen/events/actions";
import { postCommentAction, reportContentAction } from "@/app/(public)/zukan/[slug]/actions";
import { registerUser } from "@/lib/auth/accounts";
import { getAuthOptions } from "@/lib/auth/options";
import { SIGN_IN_RATE_LIMITED } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";
import { consume, RATE_LIMITS } from "@/lib/security/rate-limit";
import { redirectOf, request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";
import { createTestSession, form } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

let lastOctet = 0;
const newAddress = () => `203.0.113.${++lastOctet}`;

/** A second app instance: a process whose in-memory state knows nothing of the first one's. */
function forgetInstanceState() {
  (globalThis as { __yukemuriLimiters?: Map<string, unknown> }).__yukemuriLimiters?.clear();
}

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
  request.address = null;
});

describe("the limits are kept in the database", () => {
  test("a limit spent on one instance holds on another", async () => {
    const address = newAddress();
    for (let i = 0; i < RATE_LIMITS.signUp.points; i++) expect((await consume("signUp", address)).allowed).toBe(true);
    forgetInstanceState();
    const refused = await consume("signUp", address);
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.rateLimit.count({ where: { key: `signUp:${address}` } })).toBe(1);
    expect((await consume("signUp", newAddress())).allowed).toBe(true);
  });

  test("parallel attempts are all counted: exactly the budget gets through", async () => {
    const address = newAddress();
    const verdicts = await Promise.all(Array.from({ length: RATE_LIMITS.workshopJoin.points + 20 }, () => consume("workshopJoin", address)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(RATE_LIMITS.workshopJoin.points);
  });
});

describe("sign-up", () => {
  const signUpForm = (email: string) =>
    form({ name: "上州 はな", email, password: "correct horse battery", passwordConfirm: "correct horse battery", purpose: "RESIDENT", acceptTerms: "on" });

  test("one address gets a handful of new accounts an hour; then a clear message, and nothing is written", async () => {
    request.address = newAddress();
    for (let i = 0; i < RATE_LIMITS.signUp.points; i++) {
      expect(await redirectOf(() => signUpAction(null, signUpForm(`limit-${i}@example.jp`)))).toBe("/signin?registered=1");
    }
    const users = await db.user.count();
    const refused = await signUpAction(null, signUpForm("one-too-many@example.jp"));
    expect(refused).toMatchObject({ ok: false, error: "errors.rateLimited" });
    // What was typed comes back, but never the password.
    expect(refused.ok === false && refused.values).toMatchObject({ email: ["one-too-many@example.jp"] });
    expect(refused.ok === false && refused.values?.password).toBeUndefined();
    expect(await db.user.count()).toBe(users);
  });
});

describe("sign-in", () => {
  const registerResident = (email: string) =>
    registerUser({ name: "上州 はな", email, password: "correct horse battery", passwordConfirm: "correct horse battery", purpose: "RESIDENT", acceptTerms: "on" });
  const authorize = (email: string, password: string, address: string) => {
    const provider = getAuthOptions().providers[0] as unknown as {
      options: { authorize: (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown> };
    };
    return provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": `198.51.100.7, ${address}` } });
  };

  test("failures from one address are limited, with the right password refused too; other addresses are unaffected", async () => {
    await registerResident("limited@example.jp");
    const attacker = newAddress();
    // Spread over many accounts, so no single account's lock-out stops the guessing.
    for (let i = 0; i < RATE_LIMITS.signInFailure.points; i++) expect(await authorize(`guess-${i}@example.jp`, "password123", attacker)).toBeNull();
    await expect(authorize("limited@example.jp", "correct horse battery", attacker)).rejects.toThrow(SIGN_IN_RATE_LIMITED);
    await expect(authorize("limited@example.jp", "correct horse battery", newAddress())).resolves.toMatchObject({ email: "limited@example.jp" });
  });

  test("successful sign-ins cost nothing", async () => {
    await registerResident("often@example.jp");
    const office = newAddress();
    for (let i = 0; i < RATE_LIMITS.signInFailure.points + 5; i++) {
      await expect(authorize("often@example.jp", "correct horse battery", office)).resolves.toMatchObject({ email: "often@example.jp" });
    }
  });
});

describe("workshops", () => {
  test("joins from one address are limited generously, since a hall shares one", async () => {
    const session = await createTestSession();
    const code = (await db.workshopSession.findUniqueOrThrow({ where: { id: session.id }, select: { joinCode: true } })).joinCode!;
    request.address = newAddress();
    for (let i = 0; i < RATE_LIMITS.workshopJoin.points; i++) await consume("workshopJoin", request.address);
    const participants = await db.workshopParticipant.count();
    await expect(joinAction(null, form({ code, nickname: "遅れて来た人", affiliation: "RESIDENT" }))).resolves.toEqual({ ok: false, error: "workshopErrors.joinBusy" });
    expect(await db.workshopParticipant.count()).toBe(participants);
  });
});

describe("bookings", () => {
  test("a member's booking attempts are limited; the refusal keeps what was typed", async () => {
    const location = await createNetsugenLocation();
    const room = await createResource(location.id);
    const member = await createMember((await createPlan()).id);
    signInAs(member.id);
    for (let i = 0; i < RATE_LIMITS.booking.points; i++) await consume("booking", member.id);
    const bookings = await db.booking.count();
    const result = await bookSpaceAction(null, form({ resource: room.slug, date: "2030-01-07", start: "10:00", minutes: 60, purpose: "打合せ" }));
    expect(result).toMatchObject({ ok: false, error: "errors.rateLimited", values: { purpose: ["打合せ"] } });
    expect(await db.booking.count()).toBe(bookings);
  });
});

describe("posting by one account is paced", () => {
  test("comments, reports and ideas past their limit are refused with a reason, and nothing more is stored", async () => {
    const author = await createTestUser(["RESIDENT"]);
    signInAs(author.id);
    const project = await db.project.create({ data: { slug: `paced-${Date.now()}`, titleJa: "ペース", summaryJa: "s", publishedAt: new Date() } });

    for (let i = 0; i < RATE_LIMITS.comment.points; i++) expect((await postCommentAction(null, form({ projectId: project.id, body: `コメント ${i}` }))).ok).toBe(true);
    expect(await postCommentAction(null, form({ projectId: project.id, body: "もう一つ" }))).toEqual({ ok: false, error: "errors.rateLimited" });
    expect(await db.comment.count({ where: { authorId: author.id } })).toBe(RATE_LIMITS.comment.points);

    const comments = await db.comment.findMany({ where: { authorId: author.id }, select: { id: true } });
    const reporter = await createTestUser(["RESIDENT"]);
    signInAs(reporter.id);
    for (const [i, comment] of comments.entries()) expect((await reportContentAction(null, form({ subjectType: "COMMENT", subjectId: comment.id, reason: "SPAM" }))).ok, `report ${i}`).toBe(true);
    for (let i = comments.length; i < RATE_LIMITS.contentReport.points; i++) await consume("contentReport", reporter.id);
    const extra = await db.comment.create({ data: { projectId: project.id, authorId: author.id, body: "報告の上限の先" } });
    expect(await reportContentAction(null, form({ subjectType: "COMMENT", subjectId: extra.id, reason: "SPAM" }))).toEqual({ ok: false, error: "errors.rateLimited" });
    expect(await db.moderationReport.count({ where: { reporterId: reporter.id } })).toBe(comments.length);

    for (let i = 0; i < RATE_LIMITS.ideaSubmit.points; i++) await consume("ideaSubmit", author.id);
    signInAs(author.id);
    expect(await submitIdeaAction(null, form({ title: "上限の先のアイデア", description: "空き店舗で朝市を開きます。" }))).toEqual({ ok: false, error: "errors.rateLimited" });
    expect(await db.idea.count({ where: { authorId: author.id } })).toBe(0);
  });
});

describe("guest event registrations are paced by address", () => {
  test("past the limit, a guest from the same address is refused and nothing is stored", async () => {
    const slug = `paced-event-${Date.now()}`;
    await db.event.create({
      data: { slug, titleJa: "上限テスト", descriptionJa: "テスト", kind: "PITCH", startsAt: new Date(Date.now() + 7 * 86_400_000), endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000), capacity: 100 },
    });
    request.address = newAddress();
    for (let i = 0; i < RATE_LIMITS.eventGuestRegistration.points; i++) {
      expect((await registerAction(null, form({ event: slug, name: `ゲスト${i}`, email: `guest${i}@example.jp` }))).ok).toBe(true);
    }
    expect(await registerAction(null, form({ event: slug, name: "もう一人", email: "one-more@example.jp" }))).toEqual({ ok: false, error: "errors.rateLimited" });
    expect(await db.eventRegistration.count({ where: { event: { slug } } })).toBe(RATE_LIMITS.eventGuestRegistration.points);
    // Another address is not held back.
    request.address = newAddress();
    expect((await registerAction(null, form({ event: slug, name: "別の場所", email: "elsewhere@example.jp" }))).ok).toBe(true);
  });
});
