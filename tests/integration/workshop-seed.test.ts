// The workshop demo content: every finished session has something to look at, all of it is
// labelled demo, it respects the rules the app enforces, and the open demo session is joinable.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { findSessionByCode, getBoard } from "@/lib/workshops/queries";
import { runSeed } from "@/prisma/seed";
import { DEMO_JOIN_CODE } from "@/prisma/seed/workshop-demo";
import { normaliseJoinCode } from "@/lib/workshops/rules/join-code";

beforeAll(async () => {
  await runSeed(db);
});

describe("workshop demo content", () => {
  test("each finished session shows picks, a map with root causes, or ideas with votes", async () => {
    const sessions = await db.workshopSession.findMany({ where: { state: "CLOSED", series: { year: { gte: 2021, lte: 2023 } } }, select: { id: true, kind: true } });
    expect(sessions).toHaveLength(27);
    for (const session of sessions) {
      const board = (await getBoard(session.id))!;
      if (session.kind === "SDG_CARD_GAME") expect(board.tally.reduce((s, t) => s + t.count, 0)).toBeGreaterThan(10);
      if (session.kind === "ISSUE_STRUCTURE") {
        expect(board.cards.length).toBeGreaterThan(5);
        expect(board.rootCauses.length).toBeGreaterThan(0);
      }
      if (session.kind === "IDEATION") {
        expect(board.ideas.length).toBeGreaterThan(3);
        expect(board.ideas.every((i) => i.issueCardIds.length > 0)).toBe(true);
      }
    }
  });

  test("all of it is labelled demo, and nobody holds more dots than the session allows", async () => {
    expect(await db.workshopParticipant.count({ where: { isDemo: false } })).toBe(0);
    expect(await db.issueCard.count({ where: { isDemo: false } })).toBe(0);
    expect(await db.workshopIdea.count({ where: { isDemo: false } })).toBe(0);
    const participants = await db.workshopParticipant.findMany({ select: { _count: { select: { votes: true } }, session: { select: { votesPerParticipant: true } } } });
    expect(participants.every((p) => p._count.votes <= p.session.votesPerParticipant)).toBe(true);
  });

  test("the open demo session is joinable with the code in the README", async () => {
    expect(normaliseJoinCode(DEMO_JOIN_CODE)).toBe(DEMO_JOIN_CODE);
    const session = await findSessionByCode(DEMO_JOIN_CODE);
    expect(session).toMatchObject({ state: "OPEN", submissionsOpen: true, kind: "SDG_CARD_GAME", isDemo: true });
    const facilitator = await db.user.findUniqueOrThrow({ where: { email: "facilitator@demo.yukemuri.example" } });
    expect(session!.facilitators.map((f) => f.id)).toEqual([facilitator.id]);
    expect(await db.workshopSession.count({ where: { state: "OPEN" } })).toBe(1);
  });
});
