// The hundredfold dataset of `npm run bench:scale`, written into a seeded PostgreSQL database with
// set-based SQL (generate_series), so a million rows take seconds rather than an hour of ORM calls.
// Its shape follows the platform's real use, years on: the counts are the issue's (#15), the text
// mixes the words residents search for, and the times spread over two decades so that "latest",
// "upcoming" and "last 30 days" select as few rows as they would in production.
import type pg from "pg";

export const SCALE = {
  projects: 10_000,
  /** Ideas in the review pipeline (Idea). */
  pipelineIdeas: 50_000,
  /** Ideation sessions (each with its two earlier sessions in its series). */
  ideationSessions: 1_000,
  /** Per ideation session: 50 posts and 200 phones with 5 dot votes each. */
  postsPerSession: 50,
  phonesPerSession: 200,
  votesPerPhone: 5,
  /** NETSUGEN bookings over 8,000 days: 5 slots a day on each of the 5 spaces. */
  bookingDays: 8_000,
  bookingSlotsPerDay: 5,
  kpiFiscalYears: 20,
  residents: 5_000,
} as const;

/**
 * A hundred themes of the catalogue's text, each row combining four of them. A keyword search for
 * one matches a few rows in a hundred: as in a real catalogue, it narrows the list rather than
 * returning much of it.
 */
const WORDS = [
  "温泉", "子育て", "農業", "観光", "防災", "交通", "空き家", "森林", "移住", "デジタル",
  "高齢者", "地域医療", "食文化", "祭り", "スポーツ", "教育", "脱炭素", "水源", "商店街", "伝統工芸",
  "自転車", "図書館", "養蚕", "こんにゃく", "ものづくり", "起業", "外国人", "障害者", "公共交通", "里山",
  "棚田", "ダム", "尾瀬", "渓谷", "スキー場", "登山道", "川下り", "果樹園", "酪農", "林業",
  "木工", "絹織物", "だるま", "焼きまんじゅう", "下仁田ねぎ", "地酒", "ワイン", "地ビール", "道の駅", "直売所",
  "朝市", "夜市", "古民家", "廃校", "公民館", "体育館", "公園", "河川敷", "防犯", "見守り",
  "介護", "認知症", "障がい福祉", "フードバンク", "子ども食堂", "学童", "保育", "不登校", "奨学金", "部活動",
  "eスポーツ", "プログラミング", "地域通貨", "キャッシュレス", "ドローン", "自動運転", "オンデマンド交通", "シェアサイクル", "再生可能エネルギー", "太陽光",
  "小水力", "バイオマス", "省エネ", "食品ロス", "リサイクル", "防災訓練", "避難所", "ハザードマップ", "消防団", "雪かき",
  "移動販売", "買い物支援", "空き店舗", "テレワーク", "ワーケーション", "関係人口", "二地域居住", "農泊", "民泊", "インバウンド",
];
const SUFFIXES = ["プロジェクト", "の未来づくり", "を支える仕組み", "で地域を元気に", "ラボ", "ネットワーク", "の学校"];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;
/** The g-th word, and another one a stride away, so titles combine two themes. */
const word = (g: string, stride = 1) => `(${sqlArray(WORDS)})[1 + ((${g}) / ${stride}) % ${WORDS.length}]`;
const suffix = (g: string) => `(${sqlArray(SUFFIXES)})[1 + (${g}) % ${SUFFIXES.length}]`;

const STEPS: { label: string; sql: string }[] = [
  {
    label: `${SCALE.residents} residents`,
    sql: `
      INSERT INTO "User" (id, email, name, "passwordHash", roles, "emailConfirmedAt", "createdAt", "updatedAt")
      SELECT 'scale-user-' || g, 'scale-user-' || g || '@bench.yukemuri.example', '住民 ' || g,
             'not-a-password-hash', '{RESIDENT,MEMBER}', now(), now() - g * interval '1 hour', now()
      FROM generate_series(0, ${SCALE.residents - 1}) g`,
  },
  {
    label: `${SCALE.projects} projects`,
    sql: `
      INSERT INTO "Project" (id, slug, "titleJa", "titleEn", "summaryJa", "descriptionJa", stage, "areaId", "municipalityId",
                             "publishedAt", "createdAt", "updatedAt", "runningSince")
      SELECT 'scale-project-' || g, 'scale-project-' || g,
             ${word("g")} || 'と' || ${word("g", 7)} || ${suffix("g")} || ' ' || g,
             'Scale project ' || g,
             ${word("g", 3)} || 'に取り組む住民と事業者が、' || ${word("g", 11)} || 'の課題を一緒に考えています。',
             '地域の' || ${word("g", 13)} || 'について、ワークショップで生まれたアイデアを形にしています。' || repeat('活動の記録。', 20),
             (enum_range(NULL::"ProjectStage"))[1 + g % 7], a.id, m.id,
             CASE WHEN g % 20 = 0 THEN NULL ELSE now() - g * interval '30 minutes' END,
             now() - g * interval '30 minutes', now() - g * interval '20 minutes',
             CASE WHEN g % 7 = 3 THEN now() - g * interval '30 minutes' END
      FROM generate_series(0, ${SCALE.projects - 1}) g
      JOIN "Area" a ON a.id = 1 + g % 10
      LEFT JOIN LATERAL (SELECT id FROM "Municipality" WHERE "areaId" = a.id ORDER BY id OFFSET (g / 10) % 2 LIMIT 1) m ON g % 3 <> 0`,
  },
  {
    label: "  their SDG tags",
    sql: `
      INSERT INTO "SdgTag" ("goalNumber", "projectId")
      SELECT 1 + (g + k * 5) % 17, 'scale-project-' || g FROM generate_series(0, ${SCALE.projects - 1}) g, generate_series(0, 1) k`,
  },
  {
    label: "  their needs",
    sql: `
      INSERT INTO "ProjectNeed" (id, "projectId", kind, "titleJa", status)
      SELECT 'scale-need-' || g, 'scale-project-' || g, (enum_range(NULL::"NeedKind"))[1 + g % 5], '仲間を募集しています',
             (enum_range(NULL::"NeedStatus"))[1 + g % 3]
      FROM generate_series(0, ${SCALE.projects - 1}) g WHERE g % 5 <> 0`,
  },
  {
    label: "  their cheers",
    sql: `
      INSERT INTO "Reaction" (id, "projectId", "userId")
      SELECT 'scale-cheer-' || g || '-' || k, 'scale-project-' || g, 'scale-user-' || (g * 5 + k) % ${SCALE.residents}
      FROM generate_series(0, ${SCALE.projects - 1}) g, generate_series(0, g % 10) k`,
  },
  {
    label: "  their stage histories",
    sql: `
      INSERT INTO "ProjectStageChange" (id, "projectId", "toStage", "changedAt")
      SELECT 'scale-stage-' || g, 'scale-project-' || g, (enum_range(NULL::"ProjectStage"))[1 + g % 7], now() - g * interval '20 minutes'
      FROM generate_series(0, ${SCALE.projects - 1}) g`,
  },
  {
    label: `${SCALE.ideationSessions} workshop series of three sessions, ${SCALE.ideationSessions * SCALE.phonesPerSession} phones`,
    sql: `
      INSERT INTO "WorkshopSeries" (id, slug, "titleJa", "titleEn", year)
      SELECT 'scale-series-' || g, 'scale-series-' || g, '未来共創ワークショップ ' || g, 'Future co-creation workshop ' || g, 2026 - g / 50
      FROM generate_series(0, ${SCALE.ideationSessions - 1}) g;
      INSERT INTO "_AreaToWorkshopSeries" ("A", "B")
      SELECT 1 + g % 10, 'scale-series-' || g FROM generate_series(0, ${SCALE.ideationSessions - 1}) g;
      INSERT INTO "WorkshopSession" (id, "seriesId", number, kind, "startsAt", "endsAt", "venueJa", capacity, state, "closedAt")
      SELECT 'scale-session-' || g || '-' || n, 'scale-series-' || g, n, (enum_range(NULL::"WorkshopSessionKind"))[n],
             now() - (g * 7 + (3 - n)) * interval '1 day' - interval '3 hours', now() - (g * 7 + (3 - n)) * interval '1 day',
             '公民館', ${SCALE.phonesPerSession}, 'CLOSED', now() - (g * 7 + (3 - n)) * interval '1 day'
      FROM generate_series(0, ${SCALE.ideationSessions - 1}) g, generate_series(1, 3) n;
      INSERT INTO "WorkshopParticipant" (id, "sessionId", nickname, affiliation, "joinedAt")
      SELECT 'scale-phone-' || g || '-' || p, 'scale-session-' || g || '-3', 'さん' || p,
             (enum_range(NULL::"Affiliation"))[1 + p % 7], now() - g * 7 * interval '1 day'
      FROM generate_series(0, ${SCALE.ideationSessions - 1}) g, generate_series(0, ${SCALE.phonesPerSession - 1}) p`,
  },
  {
    label: `${SCALE.ideationSessions * SCALE.postsPerSession} workshop posts`,
    sql: `
      INSERT INTO "WorkshopIdea" (id, "sessionId", "participantId", title, description, needs, "createdAt")
      SELECT 'scale-post-' || g || '-' || i, 'scale-session-' || g || '-3', 'scale-phone-' || g || '-' || (i * 4),
             ${word("g * 50 + i")} || 'を' || ${word("g * 50 + i", 7)} || 'で盛り上げる',
             ${word("g * 50 + i", 3)} || 'の場所をつくり、' || ${word("g * 50 + i", 11)} || 'とつなげます。',
             ARRAY[(enum_range(NULL::"NeedKind"))[1 + i % 5]], now() - g * 7 * interval '1 day'
      FROM generate_series(0, ${SCALE.ideationSessions - 1}) g, generate_series(0, ${SCALE.postsPerSession - 1}) i;
      INSERT INTO "SdgTag" ("goalNumber", "workshopIdeaId")
      SELECT 1 + (g + i) % 17, 'scale-post-' || g || '-' || i
      FROM generate_series(0, ${SCALE.ideationSessions - 1}) g, generate_series(0, ${SCALE.postsPerSession - 1}) i`,
  },
  {
    label: `${SCALE.ideationSessions * SCALE.phonesPerSession * SCALE.votesPerPhone} dot votes`,
    sql: `
      INSERT INTO "Vote" (id, "workshopIdeaId", "participantId")
      SELECT 'scale-vote-' || g || '-' || p || '-' || v, 'scale-post-' || g || '-' || (p * 7 + v * 3) % ${SCALE.postsPerSession},
             'scale-phone-' || g || '-' || p
      FROM generate_series(0, ${SCALE.ideationSessions - 1}) g, generate_series(0, ${SCALE.phonesPerSession - 1}) p,
           generate_series(0, ${SCALE.votesPerPhone - 1}) v`,
  },
  {
    label: `${SCALE.pipelineIdeas} ideas in the review pipeline`,
    sql: `
      INSERT INTO "Idea" (id, title, description, status, "areaId", "authorId", "publishedAt", "createdAt", "updatedAt", answer, "answerPublishedAt")
      SELECT 'scale-idea-' || g, ${word("g")} || 'で' || ${word("g", 7)} || 'をつなぐ',
             ${word("g", 3)} || 'に困っている人と、' || ${word("g", 11)} || 'に関わりたい人を結ぶ提案です。',
             s.status, 1 + g % 10, 'scale-user-' || g % ${SCALE.residents},
             CASE WHEN s.status IN ('SUBMITTED', 'UNDER_REVIEW') THEN NULL ELSE now() - g * interval '10 minutes' END,
             now() - g * interval '10 minutes', now() - g * interval '5 minutes',
             CASE WHEN s.status IN ('ACCEPTED', 'DECLINED') THEN 'ご提案ありがとうございます。' END,
             CASE WHEN s.status IN ('ACCEPTED', 'DECLINED') AND g % 50 <> 0 THEN now() - g * interval '5 minutes' END
      FROM generate_series(0, ${SCALE.pipelineIdeas - 1}) g
      -- One idea in twenty still waits for review: the queue is long, as after years of use.
      CROSS JOIN LATERAL (SELECT (CASE WHEN g % 20 = 0 THEN 'SUBMITTED' WHEN g % 20 = 1 THEN 'UNDER_REVIEW'
                                       WHEN g % 4 = 0 THEN 'DECLINED' ELSE 'ACCEPTED' END)::"IdeaStatus" AS status) s;
      INSERT INTO "SdgTag" ("goalNumber", "ideaId")
      SELECT 1 + g % 17, 'scale-idea-' || g FROM generate_series(0, ${SCALE.pipelineIdeas - 1}) g`,
  },
  {
    label: `${SCALE.bookingDays * SCALE.bookingSlotsPerDay * 5} NETSUGEN bookings`,
    // Two-hour slots, each an hour of use inside the longest buffers (30 minutes either side), so
    // no two confirmed bookings overlap. Past ones are completed (one in twenty cancelled); the
    // next 30 days are booked. The demo member holds one past booking in a hundred.
    sql: `
      INSERT INTO "Booking" (id, "resourceId", "userId", "startsAt", "endsAt", "blockedFrom", "blockedUntil", status, "createdAt")
      SELECT 'scale-booking-' || r.slug || '-' || d || '-' || s, r.id,
             CASE WHEN d > 0 AND (d * 5 + s) % 100 = 0 THEN member.id ELSE 'scale-user-' || ((d + 30) * 5 + s) % ${SCALE.residents} END,
             slot.starts, slot.starts + interval '1 hour', slot.starts - interval '30 minutes', slot.starts + interval '90 minutes',
             (CASE WHEN d <= 0 THEN 'CONFIRMED' WHEN (d + s) % 20 = 0 THEN 'CANCELLED' ELSE 'COMPLETED' END)::"BookingStatus",
             slot.starts - interval '7 days'
      FROM "SpaceResource" r
      CROSS JOIN (SELECT id FROM "User" WHERE email = 'member@demo.yukemuri.example') member
      CROSS JOIN generate_series(-30, ${SCALE.bookingDays - 31}) d
      CROSS JOIN generate_series(0, ${SCALE.bookingSlotsPerDay - 1}) s
      CROSS JOIN LATERAL (SELECT (date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') - d * interval '1 day'
                                  + interval '9 hours' + s * interval '2 hours') AT TIME ZONE 'Asia/Tokyo' AS starts) slot
      -- d counts days back from today: d <= 0 is today and the 30 days ahead.
      `,
  },
  {
    label: `${SCALE.kpiFiscalYears} fiscal years of every KPI series`,
    // The years before the plan's own values, published, so each KPI page has two decades of history.
    sql: `
      INSERT INTO "KpiObservation" (id, "seriesId", "fiscalYear", value, status, state, "publishedAt", "createdAt")
      SELECT 'scale-observation-' || s.id || '-' || fy, s.id, fy,
             COALESCE(s."baselineValue", 100) * (0.8 + ((s.id * 7 + fy) % 40) / 100.0),
             'FINAL', 'PUBLISHED', make_date(fy + 1, 6, 1), make_date(fy + 1, 6, 1)
      FROM "KpiSeries" s CROSS JOIN generate_series(2024 - ${SCALE.kpiFiscalYears} + 1, 2024) fy
      WHERE NOT EXISTS (SELECT 1 FROM "KpiObservation" o WHERE o."seriesId" = s.id AND o."fiscalYear" = fy)`,
  },
];

/** Writes the dataset into the seeded database of `client`, step by step, and analyses it. */
export async function loadScaleDataset(client: pg.Client, log: (line: string) => void): Promise<void> {
  for (const step of STEPS) {
    const started = performance.now();
    await client.query(step.sql);
    log(`  ${step.label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  await client.query("VACUUM ANALYZE");
}
