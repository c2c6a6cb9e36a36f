// The plans of the queries that grow with the data, on the hundredfold dataset, so the bench's
// output shows which index serves each (the SQL mirrors lib/: the catalogue's keyword search,
// the ideas list, a space's day, a member's bookings and the review queue).
import type pg from "pg";

const PLANS: { label: string; sql: string }[] = [
  {
    label: "未来図鑑: keyword search (3 characters) over a project's texts",
    sql: `SELECT count(*) FROM "Project" WHERE "publishedAt" IS NOT NULL AND ("titleJa" ILIKE '%子育て%' OR "summaryJa" ILIKE '%子育て%' OR "descriptionJa" ILIKE '%子育て%')`,
  },
  {
    label: "未来図鑑: keyword search (2 characters)",
    sql: `SELECT count(*) FROM "Project" WHERE "publishedAt" IS NOT NULL AND ("titleJa" ILIKE '%温泉%' OR "summaryJa" ILIKE '%温泉%' OR "descriptionJa" ILIKE '%温泉%')`,
  },
  {
    label: "Ideas: keyword search over workshop posts",
    sql: `SELECT count(*) FROM "WorkshopIdea" w WHERE w.title ILIKE '%子育て%' OR w.description ILIKE '%子育て%'`,
  },
  {
    label: "A space's day (availability)",
    sql: `SELECT b.id FROM "Booking" b JOIN "SpaceResource" r ON r.id = b."resourceId"
          WHERE r.slug = 'meeting-room-a' AND b."blockedFrom" < now() + interval '8 days' AND b."blockedUntil" > now() + interval '7 days'
            AND b.status IN ('PENDING', 'CONFIRMED')`,
  },
  {
    label: "A member's last 30 days of bookings",
    sql: `SELECT b.id FROM "Booking" b JOIN "User" u ON u.id = b."userId"
          WHERE u.email = 'member@demo.yukemuri.example' AND b."startsAt" > now() - interval '30 days' AND b."endsAt" <= now()
          ORDER BY b."startsAt" DESC LIMIT 20`,
  },
  {
    label: "The review queue: the oldest open ideas",
    sql: `SELECT id FROM "Idea" WHERE status IN ('SUBMITTED', 'UNDER_REVIEW') AND "hiddenAt" IS NULL ORDER BY "createdAt" LIMIT 100`,
  },
];

export async function explainPlans(client: pg.Client, log: (line: string) => void): Promise<void> {
  for (const { label, sql } of PLANS) {
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`);
    log(`\n${label}`);
    for (const row of rows) log(`  ${row["QUERY PLAN"]}`);
  }
}
