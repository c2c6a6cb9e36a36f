// The live board is built once for everyone, with each participant's marks beside it: what they
// posted, their dots and their own picks and sentence. Each viewer must see exactly their own
// marks, the same ones a fresh database read would give, and nobody else's.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { stopRealtime } from "@/lib/realtime";
import { composeBoard, type BoardEvent } from "@/lib/workshops/board-view";
import { boardFor, getBoard, loadSharedBoard } from "@/lib/workshops/board";
import { boardEvents } from "@/lib/workshops/live";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { createTestParticipant, createTestSession } from "./workshop-factories";

beforeAll(async () => {
  await seedSdgs(db);
});

afterAll(async () => {
  await stopRealtime();
});

/** The first board event of a viewer's stream, as sent: the shared board and the marks apart. */
async function firstEvent(sessionId: string, viewerId: string | null): Promise<BoardEvent> {
  const abort = new AbortController();
  const reader = boardEvents(sessionId, viewerId, abort.signal).getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (;;) {
      const match = /event: board\ndata: (.*?)\n\n/s.exec(text);
      if (match) return JSON.parse(match[1]!) as BoardEvent;
      const chunk = await reader.read();
      if (chunk.done) throw new Error("the stream ended before its first board");
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    abort.abort();
  }
}

async function ideationWithPosts() {
  const session = await createTestSession({ kind: "IDEATION", votesPerParticipant: 5 });
  const [author, voter, quiet] = await Promise.all(["あゆみ", "ひろし", "みのる"].map((n) => createTestParticipant(session.id, n)));
  const own = await db.workshopIdea.create({ data: { sessionId: session.id, participantId: author!.id, title: "空き家カフェ", description: "空き家を交流の場に" } });
  const other = await db.workshopIdea.create({ data: { sessionId: session.id, participantId: voter!.id, title: "デマンドバス", description: "予約制のバス" } });
  await db.vote.createMany({
    data: [
      { participantId: voter!.id, workshopIdeaId: own.id },
      { participantId: voter!.id, workshopIdeaId: own.id },
      { participantId: voter!.id, workshopIdeaId: other.id },
      { participantId: author!.id, workshopIdeaId: other.id },
    ],
  });
  return { session, author: author!, voter: voter!, quiet: quiet!, own, other };
}

describe("each viewer's marks on the shared board", () => {
  test("dots, authorship and the dots left are each viewer's own", async () => {
    const { session, author, voter, quiet, own, other } = await ideationWithPosts();
    const shared = (await loadSharedBoard(session.id))!;

    const seenBy = async (id: string) => Object.fromEntries((await boardFor(shared, id)).ideas.map((i) => [i.title, { mine: i.mine, myVotes: i.myVotes, votes: i.votes }]));
    expect(await seenBy(author.id)).toEqual({ 空き家カフェ: { mine: true, myVotes: 0, votes: 2 }, デマンドバス: { mine: false, myVotes: 1, votes: 2 } });
    expect(await seenBy(voter.id)).toEqual({ 空き家カフェ: { mine: false, myVotes: 2, votes: 2 }, デマンドバス: { mine: true, myVotes: 1, votes: 2 } });
    expect(await seenBy(quiet.id)).toEqual({ 空き家カフェ: { mine: false, myVotes: 0, votes: 2 }, デマンドバス: { mine: false, myVotes: 0, votes: 2 } });

    expect((await boardFor(shared, voter.id)).me).toEqual({ id: voter.id, nickname: "ひろし", picks: [], reflection: "", votesLeft: 2 });
    expect((await boardFor(shared, author.id)).me?.votesLeft).toBe(4);
    // The shared board itself marks nothing as anyone's.
    expect(shared.board.ideas.every((i) => !i.mine && i.myVotes === 0)).toBe(true);
    expect(shared.board.me).toBeNull();
    expect([own.id, other.id].sort()).toEqual(shared.board.ideas.map((i) => i.id).sort());
  });

  test("picks and the sentence: a hidden sentence leaves the board but stays in its author's form", async () => {
    const session = await createTestSession({ kind: "SDG_CARD_GAME" });
    const [writer, reader] = await Promise.all([createTestParticipant(session.id, "さくら"), createTestParticipant(session.id, "たけし")]);
    await db.sdgPick.createMany({ data: [11, 3, 7].map((goalNumber) => ({ sessionId: session.id, participantId: writer!.id, goalNumber })) });
    await db.sdgPick.create({ data: { sessionId: session.id, participantId: reader!.id, goalNumber: 3 } });
    const sentence = await db.sdgReflection.create({ data: { participantId: writer!.id, text: "まちの交通を考えたい" } });

    let board = (await getBoard(session.id, writer!.id))!;
    expect(board.me).toMatchObject({ picks: [3, 7, 11], reflection: "まちの交通を考えたい" });
    expect(board.reflections).toEqual([{ id: sentence.id, text: "まちの交通を考えたい", mine: true }]);
    expect(board.tally.filter((t) => t.count > 0)).toEqual([{ goal: 3, count: 2 }, { goal: 7, count: 1 }, { goal: 11, count: 1 }]);
    expect((await getBoard(session.id, reader!.id))!.reflections).toEqual([{ id: sentence.id, text: "まちの交通を考えたい", mine: false }]);

    await db.sdgReflection.update({ where: { id: sentence.id }, data: { hiddenAt: new Date() } });
    board = (await getBoard(session.id, writer!.id))!;
    expect(board.reflections).toEqual([]);
    expect(board.me?.reflection).toBe("まちの交通を考えたい");
  });

  test("a phone that joined after the board was built gets its own part, and no one else's", async () => {
    const { session, author } = await ideationWithPosts();
    const shared = (await loadSharedBoard(session.id))!;
    const late = await createTestParticipant(session.id, "おそめ");
    const board = await boardFor(shared, late.id);
    expect(board.me).toEqual({ id: late.id, nickname: "おそめ", picks: [], reflection: "", votesLeft: 5 });
    expect(board.ideas.some((i) => i.mine || i.myVotes > 0)).toBe(false);
    // Someone else's participant id, or another session's, marks nothing.
    const elsewhere = await createTestSession({ kind: "IDEATION" });
    const stranger = await createTestParticipant(elsewhere.id);
    expect((await boardFor(shared, stranger.id)).me).toBeNull();
    expect((await boardFor(shared, author.id)).ideas.filter((i) => i.mine)).toHaveLength(1);
  });

  test("every stream carries the same board; only the marks differ, and composing them gives the fresh read", async () => {
    const { session, author, voter } = await ideationWithPosts();
    const [projector, authorEvent, voterEvent] = await Promise.all([firstEvent(session.id, null), firstEvent(session.id, author.id), firstEvent(session.id, voter.id)]);
    expect(projector.viewer).toBeNull();
    expect(authorEvent.board).toEqual(projector.board);
    expect(voterEvent.board).toEqual(projector.board);
    expect(composeBoard(authorEvent)).toEqual(await getBoard(session.id, author.id));
    expect(composeBoard(voterEvent)).toEqual(await getBoard(session.id, voter.id));
    expect(composeBoard(projector)).toEqual(await getBoard(session.id));
    // A viewer's marks name only their own posts.
    expect(authorEvent.viewer?.mine).toEqual(projector.board.ideas.filter((i) => i.title === "空き家カフェ").map((i) => i.id));
  });
});
