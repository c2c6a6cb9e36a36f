import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { participantCookieName, signParticipant } from "@/lib/workshops/participant-token";
import { generateJoinCode } from "@/lib/workshops/rules/join-code";
import { request } from "../support/next-request";

type Kind = "SDG_CARD_GAME" | "ISSUE_STRUCTURE" | "IDEATION";
const NUMBER: Record<Kind, number> = { SDG_CARD_GAME: 1, ISSUE_STRUCTURE: 2, IDEATION: 3 };
const unique = () => randomUUID().slice(0, 8);

/** A series with one session of the given kind, open for posts unless told otherwise. */
export async function createTestSession(
  options: { kind?: Kind; state?: "SCHEDULED" | "OPEN" | "CLOSED"; submissionsOpen?: boolean; votesPerParticipant?: number; capacity?: number; facilitatorIds?: string[]; seriesId?: string } = {},
) {
  const kind = options.kind ?? "ISSUE_STRUCTURE";
  const area = await db.area.upsert({ where: { code: "test-area" }, create: { code: "test-area", nameJa: "テスト地域", nameEn: "Test area", kana: "てすと" }, update: {} });
  const seriesId =
    options.seriesId ?? (await db.workshopSeries.create({ data: { slug: `test-${unique()}`, titleJa: "テスト", titleEn: "Test", year: 2026, areas: { connect: { id: area.id } } } })).id;
  const state = options.state ?? "OPEN";
  return db.workshopSession.create({
    data: {
      seriesId,
      number: NUMBER[kind],
      kind,
      startsAt: new Date("2026-09-12T04:30:00Z"),
      endsAt: new Date("2026-09-12T07:30:00Z"),
      venueJa: "公民館",
      capacity: options.capacity ?? 60,
      state,
      submissionsOpen: options.submissionsOpen ?? state === "OPEN",
      // The full alphabet and length: a shorter, biased code collided once in ~1,500 sessions.
      joinCode: state === "SCHEDULED" ? null : generateJoinCode(randomInt),
      votesPerParticipant: options.votesPerParticipant ?? 5,
      facilitators: { connect: (options.facilitatorIds ?? []).map((id) => ({ id })) },
    },
    select: { id: true, seriesId: true, joinCode: true, kind: true },
  });
}

export async function createTestParticipant(sessionId: string, nickname = "テスト参加者") {
  return db.workshopParticipant.create({ data: { sessionId, nickname, affiliation: "RESIDENT" }, select: { id: true, sessionId: true, nickname: true, userId: true } });
}

/** Puts the participant's signed cookie in the simulated request, as the phone would send it. */
export function actAsParticipant(participant: { id: string; sessionId: string }): void {
  request.cookies.set(participantCookieName(participant.sessionId), signParticipant(participant.id, participant.sessionId));
}

export function form(fields: Record<string, string | string[] | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, String(v));
  return data;
}

/** Rows a bad request must not have changed. */
export async function contentCounts() {
  const [cards, links, ideas, votes, picks, reflections, reports, participants, pipelineIdeas] = await Promise.all([
    db.issueCard.count(), db.issueLink.count(), db.workshopIdea.count(), db.vote.count(), db.sdgPick.count(),
    db.sdgReflection.count(), db.moderationReport.count(), db.workshopParticipant.count(), db.idea.count(),
  ]);
  return { cards, links, ideas, votes, picks, reflections, reports, participants, pipelineIdeas };
}
