// The staff and facilitator actions against every role, and moderation: a hidden post must be
// gone from every query (board, reports, CSV, public API). Every change is audited.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { createSeriesAction } from "@/app/(staff)/staff/workshops/actions";
import {
  closeSessionAction,
  clusterAction,
  hidePostAction,
  linkCardsAction,
  mergeCardsAction,
  openSessionAction,
  shortlistAction,
  stageAction,
  submissionsAction,
} from "@/app/(staff)/staff/workshops/sessions/[id]/actions";
import { issueCardAction } from "@/app/w/[code]/actions";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { publicWorkshops, sessionCsv } from "@/lib/workshops/exports";
import { getBoard, openReports } from "@/lib/workshops/queries";
import { JOIN_CODE_ALPHABET } from "@/lib/workshops/rules/join-code";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { actAsParticipant, contentCounts, createTestParticipant, createTestSession, form } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

beforeAll(async () => {
  await seedSdgs(db);
});

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
});

type Who = "anonymous" | "resident" | "member" | "other facilitator" | "assigned facilitator" | "staff" | "admin";
const ROLES: Record<Exclude<Who, "anonymous">, Role[]> = {
  resident: ["RESIDENT"],
  member: ["RESIDENT", "MEMBER"],
  "other facilitator": ["FACILITATOR"],
  "assigned facilitator": ["FACILITATOR"],
  staff: ["STAFF"],
  admin: ["ADMIN"],
};

/** A scheduled session-2 with an assigned facilitator, and `who` signed in. */
async function sessionAs(who: Who, options: Parameters<typeof createTestSession>[0] = {}) {
  const facilitator = await createTestUser(["FACILITATOR"]);
  const session = await createTestSession({ facilitatorIds: [facilitator.id], ...options });
  const user = who === "anonymous" ? null : who === "assigned facilitator" ? facilitator : await createTestUser(ROLES[who]);
  signInAs(user?.id ?? null);
  return { session, facilitator, user };
}

describe("opening a session: who may", () => {
  const table: [Who, string | null][] = [
    ["anonymous", "errors.signInRequired"],
    ["resident", "errors.forbidden"],
    ["member", "errors.forbidden"],
    ["other facilitator", "errors.forbidden"],
    ["assigned facilitator", null],
    ["staff", null],
    ["admin", null],
  ];
  test.each(table)("%s", async (who, error) => {
    const { session, user } = await sessionAs(who, { state: "SCHEDULED" });
    const result = await openSessionAction(null, form({ sessionId: session.id }));
    const after = await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } });
    if (error) {
      expect(result).toEqual({ ok: false, error });
      expect(after.state).toBe("SCHEDULED");
      expect(after.joinCode).toBeNull();
      return;
    }
    expect(result).toEqual({ ok: true, data: { joinCode: after.joinCode } });
    expect(after.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(after).toMatchObject({ state: "OPEN", stage: "intro", submissionsOpen: true });
    expect(await db.auditLog.count({ where: { action: "workshop_session.open", subjectId: session.id, actorId: user!.id } })).toBe(1);
    // Opening again keeps the code the room already has on the projector.
    expect(await openSessionAction(null, form({ sessionId: session.id }))).toEqual(result);
  });

  test("an unknown session is not found for staff", async () => {
    signInAs((await createTestUser(["STAFF"])).id);
    await expect(openSessionAction(null, form({ sessionId: "nope" }))).resolves.toEqual({ ok: false, error: "workshopErrors.notFound" });
  });
});

describe("driving a session", () => {
  test("stages of the session's kind only; closing submissions stops posts; closing ends the session", async () => {
    const { session } = await sessionAs("assigned facilitator");
    await expect(stageAction(null, form({ sessionId: session.id, stage: "links" }))).resolves.toEqual({ ok: true, data: undefined });
    await expect(stageAction(null, form({ sessionId: session.id, stage: "vote" }))).resolves.toEqual({ ok: false, error: "errors.invalidChoice" });
    await expect(stageAction(null, form({ sessionId: session.id, stage: "<script>" }))).resolves.toEqual({ ok: false, error: "errors.invalidChoice" });
    expect((await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } })).stage).toBe("links");

    await expect(submissionsAction(null, form({ sessionId: session.id, open: "false" }))).resolves.toEqual({ ok: true, data: undefined });
    const participant = await createTestParticipant(session.id);
    actAsParticipant(participant);
    await expect(issueCardAction(null, form({ sessionId: session.id, text: "遅れて投稿", clientKey: randomUUID() }))).resolves.toEqual({
      ok: false,
      error: "workshopErrors.submissionsClosed",
    });

    await expect(closeSessionAction(null, form({ sessionId: session.id }))).resolves.toEqual({ ok: true, data: undefined });
    const closed = await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(closed).toMatchObject({ state: "CLOSED", submissionsOpen: false });
    await expect(stageAction(null, form({ sessionId: session.id, stage: "review" }))).resolves.toEqual({ ok: false, error: "workshopErrors.closed" });
    const actions = (await db.auditLog.findMany({ where: { subjectId: session.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["workshop_session.stage", "workshop_session.submissions_close", "workshop_session.close"]);
  });
});

describe("moderation: a hidden post is gone from every query", () => {
  test("hiding a card, an idea and a sentence", async () => {
    const { session: mapping, user } = await sessionAs("assigned facilitator");
    const facilitatorId = user!.id;
    const ideation = await createTestSession({ kind: "IDEATION", seriesId: mapping.seriesId, facilitatorIds: [facilitatorId] });
    const picking = await createTestSession({ kind: "SDG_CARD_GAME", seriesId: mapping.seriesId, facilitatorIds: [facilitatorId] });
    const author = await createTestParticipant(mapping.id);
    const [kept, bad] = await Promise.all(["公共交通が少ない", "〇〇さんは無能"].map((text) => db.issueCard.create({ data: { sessionId: mapping.id, participantId: author.id, text } })));
    await db.issueLink.create({ data: { sessionId: mapping.id, fromCardId: bad!.id, toCardId: kept!.id } });
    await db.moderationReport.create({ data: { subjectType: "ISSUE_CARD", subjectId: bad!.id, reason: "中傷" } });
    const badIdea = await db.workshopIdea.create({ data: { sessionId: ideation.id, title: "〇〇さんを追放する", description: "中傷", issueCards: { connect: { id: kept!.id } } } });
    const goodIdea = await db.workshopIdea.create({ data: { sessionId: ideation.id, title: "デマンドバス", description: "予約制のバス" } });
    const voter = await createTestParticipant(ideation.id);
    await db.vote.createMany({ data: [{ participantId: voter.id, workshopIdeaId: badIdea.id }, { participantId: voter.id, workshopIdeaId: goodIdea.id }] });
    const sentenceAuthor = await createTestParticipant(picking.id);
    const sentence = await db.sdgReflection.create({ data: { participantId: sentenceAuthor.id, text: "個人攻撃の文" } });

    for (const [subjectType, subjectId] of [["ISSUE_CARD", bad!.id], ["WORKSHOP_IDEA", badIdea.id], ["SDG_REFLECTION", sentence.id]] as const) {
      await expect(hidePostAction(null, form({ subjectType, subjectId }))).resolves.toEqual({ ok: true, data: undefined });
      expect(await db.auditLog.count({ where: { action: "workshop_post.hide", subjectId, actorId: facilitatorId } })).toBe(1);
    }
    expect(await db.moderationReport.findFirstOrThrow({ where: { subjectId: bad!.id } })).toMatchObject({ status: "HIDDEN", resolvedById: facilitatorId });
    // The voter's dot on the hidden idea is given back, to be placed on a visible one.
    expect(await db.vote.count({ where: { participantId: voter.id } })).toBe(1);
    expect((await getBoard(ideation.id, voter.id))!.me?.votesLeft).toBe(4);

    const mapBoard = (await getBoard(mapping.id))!;
    expect(mapBoard.cards.map((c) => c.text)).toEqual(["公共交通が少ない"]);
    expect(mapBoard.links).toEqual([]);
    expect(mapBoard.layout.map((p) => p.id)).toEqual([kept!.id]);
    const ideaBoard = (await getBoard(ideation.id))!;
    expect(ideaBoard.ideas.map((i) => [i.title, i.votes])).toEqual([["デマンドバス", 1]]);
    expect(ideaBoard.seriesCards.map((c) => c.text)).toEqual(["公共交通が少ない"]);
    expect((await getBoard(picking.id))!.reflections).toEqual([]);
    expect(await openReports(mapping.id)).toEqual([]);
    const csv = [await sessionCsv(mapping.id), await sessionCsv(ideation.id), await sessionCsv(picking.id)].join("\n");
    for (const hidden of ["〇〇さん", "個人攻撃"]) expect(csv).not.toContain(hidden);
    expect(csv).toContain("デマンドバス");
    const api = JSON.stringify((await publicWorkshops()).series);
    expect(api).not.toContain("〇〇さん");
    expect(api).toContain("デマンドバス");
    expect(api).not.toContain(author.nickname);
  });

  test("a facilitator of another session may not hide a post here; a hidden post cannot be hidden twice", async () => {
    const { session } = await sessionAs("other facilitator");
    const card = await db.issueCard.create({ data: { sessionId: session.id, text: "ふつうの課題" } });
    await expect(hidePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    expect((await db.issueCard.findUniqueOrThrow({ where: { id: card.id } })).hiddenAt).toBeNull();
    signInAs((await createTestUser(["STAFF"])).id);
    await expect(hidePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }))).resolves.toEqual({ ok: true, data: undefined });
    await expect(hidePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }))).resolves.toEqual({ ok: false, error: "workshopErrors.postNotFound" });
    await expect(hidePostAction(null, form({ subjectType: "PROJECT", subjectId: card.id }))).resolves.toMatchObject({ ok: false, error: "errors.checkFields" });
  });

  test("the CSV export contains the live data, neutralised against formulas", async () => {
    const { session } = await sessionAs("staff");
    await db.issueCard.create({ data: { sessionId: session.id, text: "=HYPERLINK(\"http://evil\")" } });
    await db.issueCard.create({ data: { sessionId: session.id, text: "空き家が増えている" } });
    const csv = (await sessionCsv(session.id))!;
    expect(csv.startsWith("\uFEFFtype,id,text")).toBe(true);
    expect(csv).toContain("空き家が増えている");
    expect(csv).toContain("\"'=HYPERLINK(\"\"http://evil\"\")\"");
  });
});

describe("merging, clustering and shortlisting", () => {
  test("a duplicate card merges into another: links move, repeats and self-links drop", async () => {
    const { session } = await sessionAs("assigned facilitator");
    const [a, b, dup, c] = await Promise.all(["雇用が少ない", "若者が流出", "若者が出ていく", "商店街が寂れる"].map((text) => db.issueCard.create({ data: { sessionId: session.id, text } })));
    await db.issueLink.createMany({
      data: [
        { sessionId: session.id, fromCardId: a!.id, toCardId: b!.id },
        { sessionId: session.id, fromCardId: a!.id, toCardId: dup!.id },
        { sessionId: session.id, fromCardId: dup!.id, toCardId: c!.id },
        { sessionId: session.id, fromCardId: dup!.id, toCardId: b!.id },
      ],
    });
    await expect(mergeCardsAction(null, form({ cardId: dup!.id, intoCardId: b!.id }))).resolves.toEqual({ ok: true, data: undefined });
    const board = (await getBoard(session.id))!;
    expect(board.cards.map((x) => x.id)).not.toContain(dup!.id);
    expect(board.links.map((l) => [l.from, l.to]).sort()).toEqual([[a!.id, b!.id], [b!.id, c!.id]].sort());
    expect(board.rootCauses[0]).toBe(a!.id);
    expect(await db.auditLog.count({ where: { action: "issue_card.merge", subjectId: dup!.id } })).toBe(1);
    await expect(mergeCardsAction(null, form({ cardId: a!.id, intoCardId: a!.id }))).resolves.toMatchObject({ ok: false, fieldErrors: { intoCardId: ["workshopErrors.sameCard"] } });
    await expect(mergeCardsAction(null, form({ cardId: a!.id, intoCardId: dup!.id }))).resolves.toEqual({ ok: false, error: "workshopErrors.cardNotFound" });
  });

  test("a facilitator links cards cause → effect, audited; another session's facilitator may not", async () => {
    const { session, user } = await sessionAs("assigned facilitator");
    const [a, b] = await Promise.all(["雇用が少ない", "若者が流出"].map((text) => db.issueCard.create({ data: { sessionId: session.id, text } })));
    await expect(linkCardsAction(null, form({ fromCardId: a!.id, toCardId: b!.id }))).resolves.toEqual({ ok: true, data: undefined });
    await expect(linkCardsAction(null, form({ fromCardId: a!.id, toCardId: b!.id }))).resolves.toEqual({ ok: true, data: undefined });
    expect(await db.issueLink.count({ where: { sessionId: session.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "issue_link.create", actorId: user!.id } })).toBe(1);
    signInAs((await createTestUser(["FACILITATOR"])).id);
    await expect(linkCardsAction(null, form({ fromCardId: b!.id, toCardId: a!.id }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    expect(await db.issueLink.count({ where: { sessionId: session.id } })).toBe(1);
  });

  test("clusters group ideas of the session only", async () => {
    const { session } = await sessionAs("staff", { kind: "IDEATION" });
    const other = await createTestSession({ kind: "IDEATION" });
    const ideas = await Promise.all(["朝市", "夜市"].map((title) => db.workshopIdea.create({ data: { sessionId: session.id, title, description: "市" } })));
    const foreign = await db.workshopIdea.create({ data: { sessionId: other.id, title: "他", description: "他" } });
    const result = await clusterAction(null, form({ sessionId: session.id, label: "マルシェ", ideaIds: ideas.map((i) => i.id) }));
    expect(result.ok).toBe(true);
    expect((await getBoard(session.id))!.ideas.every((i) => i.clusterId === (result.ok ? result.data.id : ""))).toBe(true);
    const before = await db.ideaCluster.count();
    await expect(clusterAction(null, form({ sessionId: session.id, label: "混在", ideaIds: [ideas[0]!.id, foreign.id] }))).resolves.toEqual({ ok: false, error: "workshopErrors.ideaNotFound" });
    await expect(clusterAction(null, form({ sessionId: session.id, label: "<b>x</b>", ideaIds: [ideas[0]!.id] }))).resolves.toMatchObject({ ok: false, error: "errors.checkFields" });
    expect(await db.ideaCluster.count()).toBe(before);
  });

  test("shortlisting creates one pipeline Idea with its provenance", async () => {
    const { session: mapping, user } = await sessionAs("assigned facilitator");
    const ideation = await createTestSession({ kind: "IDEATION", seriesId: mapping.seriesId, facilitatorIds: [user!.id] });
    const card = await db.issueCard.create({ data: { sessionId: mapping.id, text: "空き家が増えている" } });
    const resident = await createTestUser(["RESIDENT"]);
    const author = await db.workshopParticipant.create({ data: { sessionId: ideation.id, userId: resident.id, nickname: "はな", affiliation: "RESIDENT" } });
    const idea = await db.workshopIdea.create({
      data: { sessionId: ideation.id, participantId: author.id, title: "空き家カフェ", description: "空き家を地域のカフェに", needs: ["SPACE", "KEY_PERSON"], issueCards: { connect: { id: card.id } }, sdgTags: { create: [{ goalNumber: 11 }] } },
    });
    const result = await shortlistAction(null, form({ ideaId: idea.id }));
    expect(result).toMatchObject({ ok: true });
    const pipeline = await db.idea.findUniqueOrThrow({ where: { workshopIdeaId: idea.id }, include: { issueCards: true, sdgTags: true } });
    expect(pipeline).toMatchObject({
      title: "空き家カフェ",
      workshopSessionId: ideation.id,
      workshopAuthors: ["はな"],
      authorId: resident.id,
      needs: ["SPACE", "KEY_PERSON"],
      status: "SUBMITTED",
    });
    expect(pipeline.issueCards.map((c) => c.id)).toEqual([card.id]);
    expect(pipeline.sdgTags.map((t) => t.goalNumber)).toEqual([11]);
    expect(await shortlistAction(null, form({ ideaId: idea.id }))).toEqual(result);
    expect(await db.idea.count({ where: { workshopIdeaId: idea.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "workshop_idea.shortlist", subjectId: idea.id } })).toBe(1);

    signInAs((await createTestUser(["RESIDENT"])).id);
    const before = await contentCounts();
    await expect(shortlistAction(null, form({ ideaId: idea.id }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    expect(await contentCounts()).toEqual(before);
  });
});

describe("creating a series", () => {
  const valid = async () => {
    const area = await db.area.upsert({ where: { code: "test-area" }, create: { code: "test-area", nameJa: "テスト地域", nameEn: "Test area", kana: "てすと" }, update: {} });
    return { areaId: String(area.id), year: "2026", venueJa: "町民センター", capacity: "60", start1: "2026-09-12T13:30", start2: "2026-10-10T13:30", start3: "2026-11-14T13:30" };
  };

  test.each([
    ["anonymous", null, "errors.signInRequired"],
    ["resident", ["RESIDENT"], "errors.forbidden"],
    ["facilitator", ["FACILITATOR"], "errors.forbidden"],
  ] as const)("%s may not create one", async (_who, roles, error) => {
    signInAs(roles ? (await createTestUser([...roles])).id : null);
    const before = await db.workshopSeries.count();
    await expect(createSeriesAction(null, form(await valid()))).resolves.toEqual({ ok: false, error });
    expect(await db.workshopSeries.count()).toBe(before);
  });

  test("staff create a series with three scheduled sessions in Japan time, audited", async () => {
    const staff = await createTestUser(["STAFF"]);
    const facilitator = await createTestUser(["FACILITATOR"]);
    signInAs(staff.id);
    const result = await createSeriesAction(null, form({ ...(await valid()), facilitatorIds: [facilitator.id] }));
    expect(result.ok).toBe(true);
    const series = await db.workshopSeries.findUniqueOrThrow({
      where: { id: result.ok ? result.data.id : "" },
      include: { sessions: { orderBy: { number: "asc" }, include: { facilitators: true } } },
    });
    expect(series.sessions.map((s) => [s.number, s.kind, s.state, s.startsAt.toISOString()])).toEqual([
      [1, "SDG_CARD_GAME", "SCHEDULED", "2026-09-12T04:30:00.000Z"],
      [2, "ISSUE_STRUCTURE", "SCHEDULED", "2026-10-10T04:30:00.000Z"],
      [3, "IDEATION", "SCHEDULED", "2026-11-14T04:30:00.000Z"],
    ]);
    expect(series.sessions.every((s) => s.facilitators.map((f) => f.id).join() === facilitator.id)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "workshop_series.create", subjectId: series.id, actorId: staff.id } })).toBe(1);
  });

  test.each([
    ["sessions out of order", { start2: "2026-08-01T13:30" }, "start2", "workshopErrors.sessionOrder"],
    ["a year before the programme", { year: "1999" }, "year", "workshopErrors.invalidYear"],
    ["a capacity of zero", { capacity: "0" }, "capacity", "workshopErrors.invalidCapacity"],
    ["a malformed date", { start1: "next tuesday" }, "start1", "workshopErrors.invalidDate"],
    ["a venue with markup", { venueJa: "<script>x</script>" }, "venueJa", "errors.markupNotAllowed"],
    ["an oversized venue", { venueJa: "館".repeat(10_001) }, "venueJa", "errors.tooLong"],
    ["an unknown area", { areaId: "999999" }, "areaId", "errors.invalidChoice"],
    ["a resident as facilitator", { facilitatorIds: ["RESIDENT"] }, "facilitatorIds", "errors.invalidChoice"],
  ])("%s is refused and nothing is created", async (_label, override, field, message) => {
    signInAs((await createTestUser(["STAFF"])).id);
    const resident = await createTestUser(["RESIDENT"]);
    const fields = { ...(await valid()), ...override } as Record<string, string | string[]>;
    if (field === "facilitatorIds") fields.facilitatorIds = [resident.id];
    const before = await db.workshopSeries.count();
    const result = await createSeriesAction(null, form(fields));
    expect(result).toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { [field]: [message] } });
    expect(await db.workshopSeries.count()).toBe(before);
  });
});
