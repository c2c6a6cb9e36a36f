// The phone-side workshop actions, called as Next.js calls them: joining by code, the posts of
// the three sessions, dot voting under concurrency, idempotent retries, the rate limit and bad
// input. Only the request context is simulated (tests/support/next-request.ts).
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import {
  editIssueCardAction,
  ideaAction,
  issueCardAction,
  issueLinkAction,
  joinAction,
  picksAction,
  reportAction,
  voteAction,
} from "@/app/w/[code]/actions";
import { db } from "@/lib/db";
import { participantCookieName, signParticipant } from "@/lib/workshops/participant-token";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { redirectOf, request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { actAsParticipant, contentCounts, createTestParticipant, createTestSession, form } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const key = () => randomUUID();

beforeAll(async () => {
  await seedSdgs(db);
});

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
});

describe("joining by code", () => {
  test("a resident joins without an account, gets a signed cookie and is sent to the session", async () => {
    const session = await createTestSession();
    const to = await redirectOf(() => joinAction(null, form({ code: session.joinCode!.toLowerCase(), nickname: "はな", affiliation: "NPO", consent: "on" })));
    expect(to).toBe(`/w/${session.joinCode}`);
    const participant = await db.workshopParticipant.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(participant).toMatchObject({ nickname: "はな", affiliation: "NPO", userId: null });
    expect(participant.consentedAt).not.toBeNull();
    expect(request.cookies.get(participantCookieName(session.id))).toBe(signParticipant(participant.id, session.id));
    expect(await db.auditLog.count({ where: { action: "workshop_participant.join", subjectId: session.id } })).toBe(1);
  });

  test("a signed-in user joins with their account, and joining again (another phone) keeps one participant", async () => {
    const session = await createTestSession();
    const user = await createTestUser(["RESIDENT"]);
    signInAs(user.id);
    for (let i = 0; i < 2; i++) {
      request.cookies.clear();
      expect(await redirectOf(() => joinAction(null, form({ code: session.joinCode!, nickname: "上州", affiliation: "RESIDENT" })))).toBe(`/w/${session.joinCode}`);
    }
    expect(await db.workshopParticipant.count({ where: { sessionId: session.id, userId: user.id } })).toBe(1);
  });

  test.each([
    ["an unknown code", "ZZZZZZ", "workshopErrors.invalidCode"],
    ["a code with look-alike characters", "AB0O1I", "workshopErrors.invalidCode"],
    ["markup instead of a code", "<script>alert(1)</script>", "workshopErrors.invalidCode"],
    ["an empty code", "", "workshopErrors.invalidCode"],
    ["a 20 kB code", "A".repeat(20_000), "workshopErrors.invalidCode"],
  ])("%s is refused and nothing is written", async (_label, code, error) => {
    const before = await contentCounts();
    await expect(joinAction(null, form({ code, nickname: "はな", affiliation: "RESIDENT" }))).resolves.toEqual({ ok: false, error });
    expect(await contentCounts()).toEqual(before);
  });

  test.each([
    ["CLOSED", "workshopErrors.closed"],
    ["SCHEDULED", "workshopErrors.notOpenYet"],
  ] as const)("a %s session cannot be joined", async (state, error) => {
    const session = await createTestSession({ state });
    const code = session.joinCode ?? "ABCDEF";
    if (!session.joinCode) await db.workshopSession.update({ where: { id: session.id }, data: { joinCode: code } });
    const before = await contentCounts();
    await expect(joinAction(null, form({ code, nickname: "はな", affiliation: "RESIDENT" }))).resolves.toEqual({ ok: false, error });
    expect(await contentCounts()).toEqual(before);
  });

  test.each([
    ["an empty nickname", { nickname: "  " }, "nickname", "errors.required"],
    ["a 10 kB nickname", { nickname: "あ".repeat(10_001) }, "nickname", "errors.tooLong"],
    ["an HTML nickname", { nickname: "<b>boss</b>" }, "nickname", "errors.markupNotAllowed"],
    ["an unknown affiliation", { affiliation: "MAYOR" }, "affiliation", "errors.invalidChoice"],
  ])("%s is refused with its field error", async (_label, override, field, message) => {
    const session = await createTestSession();
    const before = await contentCounts();
    const result = await joinAction(null, form({ code: session.joinCode!, nickname: "はな", affiliation: "RESIDENT", ...override }));
    expect(result).toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { [field]: [message] } });
    expect(await contentCounts()).toEqual(before);
  });
});

describe("who may post", () => {
  test.each([
    ["no cookie", () => undefined],
    ["a forged cookie", (p: { id: string }) => `${p.id}.forged-signature`],
    ["another session's cookie", (p: { id: string }) => signParticipant(p.id, "another-session")],
  ])("%s: refused, nothing written", async (_label, cookie) => {
    const session = await createTestSession();
    const participant = await createTestParticipant(session.id);
    const value = cookie(participant);
    if (value) request.cookies.set(participantCookieName(session.id), value);
    const before = await contentCounts();
    await expect(issueCardAction(null, form({ sessionId: session.id, text: "空き家が増えている", clientKey: key() }))).resolves.toEqual({
      ok: false,
      error: "workshopErrors.notParticipant",
    });
    expect(await contentCounts()).toEqual(before);
  });

  test("a signed-in participant who lost the cookie posts as themselves", async () => {
    const session = await createTestSession();
    const user = await createTestUser(["RESIDENT"]);
    const participant = await db.workshopParticipant.create({ data: { sessionId: session.id, userId: user.id, nickname: "上州", affiliation: "COMPANY" } });
    signInAs(user.id);
    const result = await issueCardAction(null, form({ sessionId: session.id, text: "バスが少ない", clientKey: key() }));
    expect(result.ok).toBe(true);
    expect(await db.issueCard.count({ where: { participantId: participant.id } })).toBe(1);
  });
});

describe("session 1: SDG picks", () => {
  test("up to three goals and a sentence, replaced on a second submission", async () => {
    const session = await createTestSession({ kind: "SDG_CARD_GAME" });
    const participant = await createTestParticipant(session.id);
    actAsParticipant(participant);
    expect(await picksAction(null, form({ sessionId: session.id, goals: ["3", "11", "17"], reflection: "高齢者の移動が課題だと気づいた" }))).toEqual({ ok: true, data: undefined });
    expect(await picksAction(null, form({ sessionId: session.id, goals: ["4", "11"], reflection: "" }))).toEqual({ ok: true, data: undefined });
    const picks = await db.sdgPick.findMany({ where: { participantId: participant.id }, orderBy: { goalNumber: "asc" } });
    expect(picks.map((p) => p.goalNumber)).toEqual([4, 11]);
    expect(await db.sdgReflection.count({ where: { participantId: participant.id } })).toBe(0);
  });

  test.each([
    ["four goals", { goals: ["1", "2", "3", "4"] }, "goals", "workshopErrors.tooManyGoals"],
    ["no goal", { goals: [] as string[] }, "goals", "workshopErrors.pickOne"],
    ["goal 18", { goals: ["18"] }, "goals", "errors.invalidChoice"],
    ["a repeated goal", { goals: ["5", "5"] }, "goals", "workshopErrors.tooManyGoals"],
    ["a 10 kB sentence", { goals: ["1"], reflection: "x".repeat(10_001) }, "reflection", "errors.tooLong"],
  ])("%s is refused and nothing changes", async (_label, fields, field, message) => {
    const session = await createTestSession({ kind: "SDG_CARD_GAME" });
    actAsParticipant(await createTestParticipant(session.id));
    const before = await contentCounts();
    const result = await picksAction(null, form({ sessionId: session.id, ...fields }));
    expect(result).toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { [field]: [message] } });
    expect(await contentCounts()).toEqual(before);
  });

  test("picks are refused in a session-2 board", async () => {
    const session = await createTestSession({ kind: "ISSUE_STRUCTURE" });
    actAsParticipant(await createTestParticipant(session.id));
    await expect(picksAction(null, form({ sessionId: session.id, goals: ["1"] }))).resolves.toEqual({ ok: false, error: "workshopErrors.wrongSession" });
  });
});

describe("session 2: issue cards and links", () => {
  test("a retried card (same key, five times at once) is stored once", async () => {
    const session = await createTestSession();
    const participant = await createTestParticipant(session.id);
    actAsParticipant(participant);
    const clientKey = key();
    const results = await Promise.all(Array.from({ length: 5 }, () => issueCardAction(null, form({ sessionId: session.id, text: "若者が流出している", clientKey }))));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.data.id : "")));
    expect(ids.size).toBe(1);
    expect(await db.issueCard.count({ where: { participantId: participant.id } })).toBe(1);
  });

  test.each([
    ["empty text", { text: "" }, "text", "errors.required"],
    ["over 10 kB", { text: "課".repeat(10_001) }, "text", "errors.tooLong"],
    ["a script tag", { text: "<script>alert(1)</script>" }, "text", "errors.markupNotAllowed"],
    ["no idempotency key", { clientKey: "" }, "clientKey", "workshopErrors.retry"],
    ["a hostile idempotency key", { clientKey: "'; DROP TABLE x;--" }, "clientKey", "workshopErrors.retry"],
  ])("%s is refused and nothing is written", async (_label, override, field, message) => {
    const session = await createTestSession();
    actAsParticipant(await createTestParticipant(session.id));
    const before = await contentCounts();
    const result = await issueCardAction(null, form({ sessionId: session.id, text: "バスが少ない", clientKey: key(), ...override }));
    expect(result).toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { [field]: [message] } });
    expect(await contentCounts()).toEqual(before);
  });

  test.each([
    ["closed submissions", { submissionsOpen: false }, "workshopErrors.submissionsClosed"],
    ["a closed session", { state: "CLOSED" as const }, "workshopErrors.closed"],
  ])("%s: refused", async (_label, options, error) => {
    const session = await createTestSession(options);
    actAsParticipant(await createTestParticipant(session.id));
    const before = await contentCounts();
    await expect(issueCardAction(null, form({ sessionId: session.id, text: "バスが少ない", clientKey: key() }))).resolves.toEqual({ ok: false, error });
    expect(await contentCounts()).toEqual(before);
  });

  test("a participant may correct their own card but not another participant's", async () => {
    const session = await createTestSession();
    const author = await createTestParticipant(session.id, "作者");
    const other = await createTestParticipant(session.id, "他人");
    const card = await db.issueCard.create({ data: { sessionId: session.id, participantId: author.id, text: "もとの文" } });
    actAsParticipant(other);
    await expect(editIssueCardAction(null, form({ sessionId: session.id, cardId: card.id, text: "書き換え" }))).resolves.toEqual({ ok: false, error: "workshopErrors.notYourPost" });
    expect((await db.issueCard.findUniqueOrThrow({ where: { id: card.id } })).text).toBe("もとの文");
    actAsParticipant(author);
    await expect(editIssueCardAction(null, form({ sessionId: session.id, cardId: card.id, text: "直した文" }))).resolves.toEqual({ ok: true, data: undefined });
    expect((await db.issueCard.findUniqueOrThrow({ where: { id: card.id } })).text).toBe("直した文");
  });

  test("links: cause → effect once; self-links, hidden cards and other sessions' cards are refused", async () => {
    const session = await createTestSession();
    const elsewhere = await createTestSession();
    const participant = await createTestParticipant(session.id);
    actAsParticipant(participant);
    const [a, b, hidden] = await Promise.all(
      ["雇用が少ない", "若者が流出", "隠された"].map((text) => db.issueCard.create({ data: { sessionId: session.id, text } })),
    );
    await db.issueCard.update({ where: { id: hidden!.id }, data: { hiddenAt: new Date() } });
    const foreign = await db.issueCard.create({ data: { sessionId: elsewhere.id, text: "他の会場" } });
    const link = (fromCardId: string, toCardId: string) => issueLinkAction(null, form({ sessionId: session.id, fromCardId, toCardId }));
    expect(await link(a!.id, b!.id)).toEqual({ ok: true, data: undefined });
    expect(await link(a!.id, b!.id)).toEqual({ ok: true, data: undefined });
    expect(await db.issueLink.count({ where: { sessionId: session.id } })).toBe(1);
    expect(await link(a!.id, a!.id)).toMatchObject({ ok: false, fieldErrors: { toCardId: ["workshopErrors.sameCard"] } });
    expect(await link(a!.id, hidden!.id)).toEqual({ ok: false, error: "workshopErrors.cardNotFound" });
    expect(await link(a!.id, foreign.id)).toEqual({ ok: false, error: "workshopErrors.cardNotFound" });
    expect(await db.issueLink.count()).toBe(1);
  });
});

describe("session 3: ideas and dot voting", () => {
  async function ideationWithIdeas(votesPerParticipant = 3) {
    const mapping = await createTestSession({ kind: "ISSUE_STRUCTURE", state: "CLOSED" });
    const session = await createTestSession({ kind: "IDEATION", votesPerParticipant, seriesId: mapping.seriesId });
    const card = await db.issueCard.create({ data: { sessionId: mapping.id, text: "空き家が増えている" } });
    const author = await createTestParticipant(session.id, "作者");
    const ideas = await Promise.all(
      ["空き家カフェ", "移住体験ツアー", "週末マルシェ"].map((title) => db.workshopIdea.create({ data: { sessionId: session.id, participantId: author.id, title, description: "説明" } })),
    );
    return { session, card, ideas };
  }

  test("an idea with answered cards, SDG tags and needs; a retry with its key is not a duplicate", async () => {
    const { session, card } = await ideationWithIdeas();
    const participant = await createTestParticipant(session.id);
    actAsParticipant(participant);
    const fields = { sessionId: session.id, title: "空き家をシェアオフィスに", description: "町の空き家を改修して、企業のサテライトオフィスにする。", issueCardIds: [card.id], goals: ["8", "11"], needs: ["FUNDING", "SPACE"], clientKey: key() };
    const first = await ideaAction(null, form(fields));
    const retry = await ideaAction(null, form(fields));
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(retry).toMatchObject({ ok: true, data: { duplicate: true } });
    const ideas = await db.workshopIdea.findMany({ where: { participantId: participant.id }, include: { issueCards: true, sdgTags: true } });
    expect(ideas).toHaveLength(1);
    expect(ideas[0]!.needs).toEqual(["FUNDING", "SPACE"]);
    expect(ideas[0]!.issueCards.map((c) => c.id)).toEqual([card.id]);
    expect(ideas[0]!.sdgTags.map((t) => t.goalNumber).sort()).toEqual([11, 8].sort());
  });

  test("an idea may not answer a card of another series", async () => {
    const { session } = await ideationWithIdeas();
    const other = await createTestSession({ kind: "ISSUE_STRUCTURE" });
    const foreign = await db.issueCard.create({ data: { sessionId: other.id, text: "他の地域" } });
    actAsParticipant(await createTestParticipant(session.id));
    const before = await contentCounts();
    const result = await ideaAction(null, form({ sessionId: session.id, title: "案", description: "説明", issueCardIds: [foreign.id], clientKey: key() }));
    expect(result).toMatchObject({ ok: false, error: "workshopErrors.cardNotFound" });
    expect(await contentCounts()).toEqual(before);
  });

  test.each([
    ["an empty title", { title: "" }, "title", "errors.required"],
    ["a 10 kB description", { description: "あ".repeat(10_001) }, "description", "errors.tooLong"],
    ["markup in the title", { title: "<img src=x onerror=alert(1)>" }, "title", "errors.markupNotAllowed"],
    ["an unknown need", { needs: ["BITCOIN"] }, "needs", "errors.invalidChoice"],
    ["goal 0", { goals: ["0"] }, "goals", "errors.invalidChoice"],
  ])("%s is refused and nothing is written", async (_label, override, field, message) => {
    const { session } = await ideationWithIdeas();
    actAsParticipant(await createTestParticipant(session.id));
    const before = await contentCounts();
    const result = await ideaAction(null, form({ sessionId: session.id, title: "案", description: "説明", clientKey: key(), ...override }));
    expect(result).toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { [field]: [message] } });
    expect(await contentCounts()).toEqual(before);
  });

  test("20 parallel votes from one participant never exceed the limit", async () => {
    const { session, ideas } = await ideationWithIdeas(5);
    const voter = await createTestParticipant(session.id);
    actAsParticipant(voter);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => voteAction(null, form({ sessionId: session.id, kind: "add", ideaId: ideas[i % ideas.length]!.id }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(Array(15).fill("workshopErrors.noVotesLeft"));
    expect(await db.vote.count({ where: { participantId: voter.id } })).toBe(5);
  });

  test("a vote retried after a timeout (same count seen) is counted once; an out-of-date screen is told", async () => {
    const { session, ideas } = await ideationWithIdeas(3);
    const voter = await createTestParticipant(session.id);
    actAsParticipant(voter);
    const add = () => voteAction(null, form({ sessionId: session.id, kind: "add", ideaId: ideas[0]!.id, seen: "0" }));
    const results = await Promise.all([add(), add(), add()]);
    expect(results).toEqual(Array.from({ length: 3 }, () => ({ ok: true, data: { left: 2 } })));
    expect(await db.vote.count({ where: { participantId: voter.id } })).toBe(1);
    await db.vote.create({ data: { participantId: voter.id, workshopIdeaId: ideas[0]!.id } });
    await expect(add()).resolves.toEqual({ ok: false, error: "workshopErrors.voteChanged" });
    const remove = () => voteAction(null, form({ sessionId: session.id, kind: "remove", ideaId: ideas[0]!.id, seen: "2" }));
    expect(await remove()).toEqual({ ok: true, data: { left: 2 } });
    expect(await remove()).toEqual({ ok: true, data: { left: 2 } });
    expect(await db.vote.count({ where: { participantId: voter.id } })).toBe(1);
  });

  test("a dot can be moved when all are placed, and taken back; beyond the limit is refused", async () => {
    const { session, ideas } = await ideationWithIdeas(2);
    const [a, b, c] = [ideas[0]!, ideas[1]!, ideas[2]!];
    const voter = await createTestParticipant(session.id);
    actAsParticipant(voter);
    const send = (fields: Record<string, string>) => voteAction(null, form({ sessionId: session.id, ...fields }));
    expect(await send({ kind: "add", ideaId: a.id })).toEqual({ ok: true, data: { left: 1 } });
    expect(await send({ kind: "add", ideaId: a.id })).toEqual({ ok: true, data: { left: 0 } });
    expect(await send({ kind: "add", ideaId: b.id })).toEqual({ ok: false, error: "workshopErrors.noVotesLeft" });
    expect(await send({ kind: "move", fromIdeaId: a.id, toIdeaId: c.id })).toEqual({ ok: true, data: { left: 0 } });
    expect(await send({ kind: "remove", ideaId: b.id })).toEqual({ ok: false, error: "workshopErrors.noVoteToRemove" });
    expect(await send({ kind: "remove", ideaId: c.id })).toEqual({ ok: true, data: { left: 1 } });
    const placed = await db.vote.findMany({ where: { participantId: voter.id } });
    expect(placed.map((v) => v.workshopIdeaId)).toEqual([a.id]);
  });

  test("votes on a hidden idea, an unknown idea or another session's idea are refused", async () => {
    const { session, ideas } = await ideationWithIdeas();
    const other = await ideationWithIdeas();
    await db.workshopIdea.update({ where: { id: ideas[0]!.id }, data: { hiddenAt: new Date() } });
    const voter = await createTestParticipant(session.id);
    actAsParticipant(voter);
    for (const ideaId of [ideas[0]!.id, "no-such-idea", other.ideas[0]!.id]) {
      await expect(voteAction(null, form({ sessionId: session.id, kind: "add", ideaId }))).resolves.toEqual({ ok: false, error: "workshopErrors.ideaNotFound" });
    }
    await expect(voteAction(null, form({ sessionId: session.id, kind: "steal", ideaId: ideas[1]!.id }))).resolves.toMatchObject({ ok: false, error: "errors.checkFields" });
    expect(await db.vote.count({ where: { participantId: voter.id } })).toBe(0);
  });
});

describe("flood guard and reports", () => {
  test("a participant hammering submit is slowed down: at most 20 posts in 10 seconds", async () => {
    const session = await createTestSession();
    const participant = await createTestParticipant(session.id);
    actAsParticipant(participant);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => issueCardAction(null, form({ sessionId: session.id, text: `カード${i}`, clientKey: key() }))));
    expect(results.filter((r) => !r.ok && r.error === "workshopErrors.rateLimited")).toHaveLength(10);
    expect(await db.issueCard.count({ where: { participantId: participant.id } })).toBe(20);
  });

  test("anyone in the room may report a post, audited; a post of another session is not found", async () => {
    const session = await createTestSession();
    const other = await createTestSession();
    const card = await db.issueCard.create({ data: { sessionId: session.id, text: "特定の人への悪口" } });
    const foreign = await db.issueCard.create({ data: { sessionId: other.id, text: "別会場" } });
    const reporter = await createTestParticipant(session.id);
    actAsParticipant(reporter);
    expect(await reportAction(null, form({ sessionId: session.id, subjectType: "ISSUE_CARD", subjectId: card.id, reason: "個人を攻撃している" }))).toEqual({ ok: true, data: undefined });
    expect(await db.moderationReport.count({ where: { subjectId: card.id, reporterParticipantId: reporter.id, status: "OPEN" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "moderation_report.create", subjectId: card.id, actorLabel: `participant:${reporter.id}` } })).toBe(1);
    await expect(reportAction(null, form({ sessionId: session.id, subjectType: "ISSUE_CARD", subjectId: foreign.id, reason: "x" }))).resolves.toEqual({ ok: false, error: "workshopErrors.postNotFound" });
  });
});
