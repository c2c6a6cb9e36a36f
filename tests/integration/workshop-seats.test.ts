// Seats and dot votes cannot be stuffed: a phone or an account that joins again gets its
// participant (and its spent votes) back, one address takes seats at a pace set by the session's
// capacity, and parallel joins never seat more people than the capacity.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { joinAction, voteAction } from "@/app/w/[code]/actions";
import { db } from "@/lib/db";
import { joinSession } from "@/lib/workshops/mutations/join";
import { participantCookieName, signParticipant } from "@/lib/workshops/participant-token";
import { redirectOf, request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { createTestParticipant, createTestSession, form } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

let lastOctet = 0;
const newAddress = () => `203.0.113.${++lastOctet}`;

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
  request.address = null;
});

async function ideationWithIdeas(votesPerParticipant: number) {
  const session = await createTestSession({ kind: "IDEATION", votesPerParticipant });
  const author = await createTestParticipant(session.id, "作者");
  const ideas = await Promise.all(
    ["空き家カフェ", "移住体験ツアー", "週末マルシェ"].map((title) => db.workshopIdea.create({ data: { sessionId: session.id, participantId: author.id, title, description: "説明" } })),
  );
  return { session, ideas };
}

const join = (code: string, nickname = "はな") => redirectOf(() => joinAction(null, form({ code, nickname, affiliation: "RESIDENT" })));
const addVote = (sessionId: string, ideaId: string) => voteAction(null, form({ sessionId, kind: "add", ideaId }));
const cookieOf = (sessionId: string) => request.cookies.get(participantCookieName(sessionId));

describe("joining again", () => {
  test("a phone that joins again with its cookie is the same participant, renamed, with the votes it spent still spent", async () => {
    const { session, ideas } = await ideationWithIdeas(3);
    expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
    const token = cookieOf(session.id);
    const me = await db.workshopParticipant.findFirstOrThrow({ where: { sessionId: session.id, nickname: "はな" } });
    expect(await addVote(session.id, ideas[0]!.id)).toEqual({ ok: true, data: { left: 2 } });
    expect(await addVote(session.id, ideas[1]!.id)).toEqual({ ok: true, data: { left: 1 } });

    expect(await join(session.joinCode!, "はなこ")).toBe(`/w/${session.joinCode}`);
    expect(cookieOf(session.id)).toBe(token);
    expect(await db.workshopParticipant.count({ where: { sessionId: session.id } })).toBe(2);
    expect(await db.workshopParticipant.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ nickname: "はなこ" });
    expect(await db.auditLog.count({ where: { action: "workshop_participant.join", subjectId: session.id } })).toBe(1);

    expect(await addVote(session.id, ideas[2]!.id)).toEqual({ ok: true, data: { left: 0 } });
    expect(await addVote(session.id, ideas[2]!.id)).toEqual({ ok: false, error: "workshopErrors.noVotesLeft" });
    expect(await db.vote.count({ where: { participantId: me.id } })).toBe(3);
    expect(await db.vote.count({ where: { workshopIdea: { sessionId: session.id } } })).toBe(3);
  });

  test("an account joining again from a new phone gets its participant back, with no fresh votes", async () => {
    const { session, ideas } = await ideationWithIdeas(2);
    const user = await createTestUser(["RESIDENT"]);
    signInAs(user.id);
    expect(await join(session.joinCode!, "上州")).toBe(`/w/${session.joinCode}`);
    const me = await db.workshopParticipant.findUniqueOrThrow({ where: { sessionId_userId: { sessionId: session.id, userId: user.id } } });
    for (const idea of ideas.slice(0, 2)) expect((await addVote(session.id, idea.id)).ok).toBe(true);

    request.cookies.clear();
    expect(await join(session.joinCode!, "上州")).toBe(`/w/${session.joinCode}`);
    expect(cookieOf(session.id)).toBe(signParticipant(me.id, session.id));
    expect(await db.workshopParticipant.count({ where: { sessionId: session.id } })).toBe(2);
    expect(await addVote(session.id, ideas[2]!.id)).toEqual({ ok: false, error: "workshopErrors.noVotesLeft" });
    expect(await db.vote.count({ where: { participantId: me.id } })).toBe(2);
  });

  test("a cookie signed for another session, or naming another session's participant, brings nobody back", async () => {
    const elsewhere = await createTestSession();
    const someone = await createTestParticipant(elsewhere.id, "別の人");
    const session = await createTestSession();
    for (const token of [signParticipant(someone.id, elsewhere.id), signParticipant(someone.id, session.id), `${someone.id}.forged`]) {
      request.cookies.clear();
      request.cookies.set(participantCookieName(session.id), token);
      expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
      expect(cookieOf(session.id)).not.toBe(token);
    }
    expect(await db.workshopParticipant.count({ where: { sessionId: session.id } })).toBe(3);
    expect(await db.workshopParticipant.findUniqueOrThrow({ where: { id: someone.id } })).toMatchObject({ sessionId: elsewhere.id, nickname: "別の人" });
  });
});

describe("one address's pace", () => {
  test("one address takes a quarter of a 60-seat session a minute; then it is told to wait, and nothing is written", async () => {
    const session = await createTestSession({ capacity: 60 });
    const hall = newAddress();
    request.address = hall;
    for (let i = 0; i < 15; i++) {
      request.cookies.clear();
      expect(await join(session.joinCode!, `参加者${i}`)).toBe(`/w/${session.joinCode}`);
    }
    const seated = await db.workshopParticipant.count({ where: { sessionId: session.id } });
    expect(seated).toBe(15);
    request.cookies.clear();
    await expect(joinAction(null, form({ code: session.joinCode!, nickname: "16人目", affiliation: "RESIDENT" }))).resolves.toEqual({ ok: false, error: "workshopErrors.joinBusy" });
    expect(await db.workshopParticipant.count({ where: { sessionId: session.id } })).toBe(seated);
  });

  test("past the pace, the same address still gets phones back, seats accounts, and joins other sessions; other addresses are unaffected", async () => {
    const session = await createTestSession({ capacity: 20 });
    const other = await createTestSession({ capacity: 20 });
    const hall = newAddress();
    request.address = hall;
    for (let i = 0; i < 5; i++) {
      request.cookies.clear();
      expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
    }
    const lastPhone = cookieOf(session.id)!;
    request.cookies.clear();
    expect(await joinAction(null, form({ code: session.joinCode!, nickname: "はな", affiliation: "RESIDENT" }))).toMatchObject({ error: "workshopErrors.joinBusy" });

    request.cookies.set(participantCookieName(session.id), lastPhone);
    expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
    request.cookies.clear();
    expect(await join(other.joinCode!)).toBe(`/w/${other.joinCode}`);
    request.cookies.clear();
    signInAs((await createTestUser(["RESIDENT"])).id);
    expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
    signInAs(null);
    request.cookies.clear();
    request.address = newAddress();
    expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
    expect(await db.workshopParticipant.count({ where: { sessionId: session.id } })).toBe(7);
  });
});

describe("capacity", () => {
  test("30 phones joining a 7-seat session at once: exactly 7 are seated, the rest are told it is full", async () => {
    const session = await createTestSession({ capacity: 7 });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        joinSession(session.id, { nickname: `参加者${i}`, affiliation: "RESIDENT", consent: false }, { user: null, cookieParticipantId: null, address: newAddress() }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(Array.from({ length: 23 }, () => "workshopErrors.full"));
    expect(await db.workshopParticipant.count({ where: { sessionId: session.id } })).toBe(7);
    expect(await db.auditLog.count({ where: { action: "workshop_participant.join", subjectId: session.id } })).toBe(7);
    await expect(joinAction(null, form({ code: session.joinCode!, nickname: "遅れて来た人", affiliation: "RESIDENT" }))).resolves.toEqual({ ok: false, error: "workshopErrors.full" });
  });

  test("a full session still lets its participants back in", async () => {
    const session = await createTestSession({ capacity: 1 });
    expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
    expect(await join(session.joinCode!)).toBe(`/w/${session.joinCode}`);
    request.cookies.clear();
    await expect(joinAction(null, form({ code: session.joinCode!, nickname: "はな", affiliation: "RESIDENT" }))).resolves.toEqual({ ok: false, error: "workshopErrors.full" });
  });
});
