// Demo content for the finished 2021–2023 workshop series, so that a newcomer can open a session
// and see picks, an issue map, ideas and votes; and one open demo series with a known join code.
// Everything is labelled demo (isDemo, 「（デモ）」 nicknames). Idempotent: rows have fixed ids and
// are written with createMany({ skipDuplicates }) or create-only upserts, so a re-run adds nothing.
import { tokyoDateKey } from "../../lib/dates/tokyo";
import type { Database } from "../../lib/db";
import { addDays, tokyoInstant } from "../../lib/netsugen/rules/calendar";

/** The join code of the open demo session; printed in the README and by `npm start`. */
export const DEMO_JOIN_CODE = "YUKE26";
export const DEMO_SERIES_SLUG = "demo-open-2026";

const AFFILIATIONS = ["RESIDENT", "RESIDENT", "RESIDENT", "COMPANY", "NPO", "MUNICIPAL_STAFF", "PREFECTURAL_STAFF", "STUDENT", "RESIDENT", "COMPANY"] as const;
const PICKS = [[11, 3, 8], [11, 4], [8, 9, 11], [3, 11, 17], [7, 13], [11, 15, 17], [4, 8], [3, 11], [12, 11, 8], [17, 11]];
const REFLECTIONS = [
  "カードゲームで、経済と環境の目標がつながっていると気づいた（デモ）",
  "地域の交通がいくつもの目標に関わっていた（デモ）",
  "一人では進まない目標が多く、パートナーシップが鍵だと感じた（デモ）",
];
// Cards and cause → effect links (indices into CARDS) of a plausible issue map for any area.
const CARDS = [
  "若い世代が進学・就職で地域を離れる（デモ）",
  "地元で働ける仕事の選択肢が少ない（デモ）",
  "空き家・空き店舗が増えている（デモ）",
  "路線バスの本数が少なく、車がないと移動できない（デモ）",
  "高齢者の買い物や通院が難しくなっている（デモ）",
  "地域の行事の担い手が減っている（デモ）",
  "商店街に人が歩いていない（デモ）",
];
const LINKS: [number, number][] = [[1, 0], [0, 5], [0, 2], [2, 6], [3, 4], [3, 0], [6, 2], [5, 6]];
const IDEAS = [
  { title: "空き店舗を週末だけのチャレンジショップに（デモ）", description: "空き店舗を安く借りて、週末だけ若い人や学生が店を開く。商店街に人の流れをつくる。", needs: ["SPACE", "KEY_PERSON"], cards: [2, 6], goals: [8, 11] },
  { title: "デマンド型の乗り合い送迎（デモ）", description: "予約制の乗り合い車で、買い物と通院をまとめて送迎する。運転は地域の元気な世代が担う。", needs: ["FUNDING", "PARTNERS"], cards: [3, 4], goals: [3, 11] },
  { title: "地元企業と高校生の仕事体験ツアー（デモ）", description: "地元企業をめぐるツアーで、地域で働く選択肢を高校生に知ってもらう。", needs: ["PARTNERS", "KEY_PERSON"], cards: [0, 1], goals: [4, 8] },
  { title: "空き家を移住体験住宅に（デモ）", description: "空き家を改修し、1か月から住める移住体験住宅にする。", needs: ["FUNDING", "SPACE", "SKILLS"], cards: [2], goals: [11] },
  { title: "行事の担い手をアプリで募集（デモ）", description: "祭りや清掃の手伝いを、短時間から参加できる形で募集する。", needs: ["SKILLS"], cards: [5], goals: [11, 17] },
];
// Dots per idea across participants; sums stay within 3 dots per participant.
const VOTES = [[0, 0, 1], [1, 2], [0, 1, 3], [2, 0], [1, 1, 4], [0, 2, 3], [3, 4], [0, 1, 2]];

interface SessionRef {
  id: string;
  kind: "SDG_CARD_GAME" | "ISSUE_STRUCTURE" | "IDEATION";
}

async function seedParticipants(db: Database, sessionId: string, prefix: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-p${i + 1}`);
  await db.workshopParticipant.createMany({
    data: ids.map((id, i) => ({ id, sessionId, nickname: `参加者${i + 1}（デモ）`, affiliation: AFFILIATIONS[i % AFFILIATIONS.length]!, isDemo: true, consentedAt: i % 3 === 0 ? null : new Date("2023-01-01T00:00:00Z") })),
    skipDuplicates: true,
  });
  return ids;
}

async function seedSessionContent(db: Database, session: SessionRef, prefix: string, cardSessionId: string | null): Promise<void> {
  if (session.kind === "SDG_CARD_GAME") {
    const people = await seedParticipants(db, session.id, prefix, 10);
    await db.sdgPick.createMany({
      data: people.flatMap((participantId, i) => PICKS[i]!.map((goalNumber) => ({ id: `${participantId}-g${goalNumber}`, sessionId: session.id, participantId, goalNumber }))),
      skipDuplicates: true,
    });
    await db.sdgReflection.createMany({ data: REFLECTIONS.map((text, i) => ({ id: `${people[i]}-r`, participantId: people[i]!, text })), skipDuplicates: true });
  } else if (session.kind === "ISSUE_STRUCTURE") {
    const people = await seedParticipants(db, session.id, prefix, 8);
    await db.issueCard.createMany({
      data: CARDS.map((text, i) => ({ id: `${prefix}-c${i}`, sessionId: session.id, participantId: people[i % people.length]!, text, clientKey: `demo-${i}`, isDemo: true })),
      skipDuplicates: true,
    });
    await db.issueLink.createMany({
      data: LINKS.map(([from, to], i) => ({ id: `${prefix}-l${i}`, sessionId: session.id, fromCardId: `${prefix}-c${from}`, toCardId: `${prefix}-c${to}` })),
      skipDuplicates: true,
    });
  } else {
    const people = await seedParticipants(db, session.id, prefix, 8);
    for (const [i, idea] of IDEAS.entries()) {
      const id = `${prefix}-i${i}`;
      await db.workshopIdea.upsert({
        where: { id },
        update: {},
        create: {
          id,
          sessionId: session.id,
          participantId: people[i]!,
          title: idea.title,
          description: idea.description,
          needs: idea.needs as ("KEY_PERSON" | "FUNDING" | "SKILLS" | "SPACE" | "PARTNERS")[],
          clientKey: "demo",
          isDemo: true,
          issueCards: cardSessionId ? { connect: idea.cards.map((c) => ({ id: `${cardSessionId}-c${c}` })) } : undefined,
          sdgTags: { create: idea.goals.map((goalNumber) => ({ goalNumber })) },
        },
      });
    }
    await db.vote.createMany({
      data: people.flatMap((participantId, p) => VOTES[p]!.map((idea, n) => ({ id: `${participantId}-v${n}`, participantId, workshopIdeaId: `${prefix}-i${idea}` }))),
      skipDuplicates: true,
    });
  }
}

export async function seedWorkshopDemo(db: Database): Promise<void> {
  const series = await db.workshopSeries.findMany({
    where: { year: { gte: 2021, lte: 2023 } },
    select: { slug: true, sessions: { select: { id: true, number: true, kind: true }, orderBy: { number: "asc" } } },
    orderBy: { slug: "asc" },
  });
  for (const s of series) {
    const mapping = s.sessions.find((x) => x.kind === "ISSUE_STRUCTURE");
    for (const session of s.sessions) {
      await seedSessionContent(db, session, `demo-${s.slug}-s${session.number}`, mapping ? `demo-${s.slug}-s${mapping.number}` : null);
    }
  }
  await seedOpenDemoSeries(db);
}

/** A demo series whose first session is open with a known code; the demo facilitator runs all three. */
async function seedOpenDemoSeries(db: Database): Promise<void> {
  const area = await db.area.findUniqueOrThrow({ where: { code: "maebashi" }, select: { id: true } });
  const facilitator = await db.user.findUnique({ where: { email: "facilitator@demo.yukemuri.example" }, select: { id: true } });
  const series = await db.workshopSeries.upsert({
    where: { slug: DEMO_SERIES_SLUG },
    update: {},
    create: { slug: DEMO_SERIES_SLUG, titleJa: "未来共創ワークショップ（デモ・体験用）", titleEn: "Future Co-creation Workshop (demo, try it out)", year: 2026, isDemo: true, areas: { connect: { id: area.id } } },
    select: { id: true },
  });
  const kinds = ["SDG_CARD_GAME", "ISSUE_STRUCTURE", "IDEATION"] as const;
  const today = tokyoDateKey(new Date());
  for (const [index, kind] of kinds.entries()) {
    const number = index + 1;
    const open = number === 1;
    await db.workshopSession.upsert({
      where: { seriesId_number: { seriesId: series.id, number } },
      update: {},
      create: {
        seriesId: series.id,
        number,
        kind,
        // The demo runs whenever it is seeded: the open session is today, the next two follow four weeks apart.
        startsAt: tokyoInstant(addDays(today, index * 28), 13 * 60 + 30),
        endsAt: tokyoInstant(addDays(today, index * 28), 16 * 60 + 30),
        venueJa: "群馬県庁 32階 NETSUGEN（デモ）",
        venueEn: "NETSUGEN, 32nd floor of the prefectural office (demo)",
        capacity: 60,
        votesPerParticipant: 3,
        state: open ? "OPEN" : "SCHEDULED",
        stage: open ? "pick" : null,
        submissionsOpen: open,
        joinCode: open ? DEMO_JOIN_CODE : null,
        openedAt: open ? new Date() : null,
        // Seeded, not announced: the demo supporters are not told of the demo's own sessions.
        supportersToldAt: new Date(),
        isDemo: true,
        facilitators: facilitator ? { connect: { id: facilitator.id } } : undefined,
      },
    });
  }
}
