// Crash safety: a production server is killed with SIGKILL while people submit ideas and book
// rooms, then started again on the same database. Every submission that was answered "accepted"
// must be there, and nothing may be half-written: each idea has its goals and its audit row, each
// booking its audit row. Run on the embedded database (PGlite must survive an unclean stop) and on
// PostgreSQL.
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { addDays, tokyoClock } from "../../lib/netsugen/rules/calendar";
import { dayTypeOf } from "../../lib/netsugen/rules/opening-hours";
import { DEMO } from "./fixtures";
import { freshPostgresDatabase, resetDatabase, startServer, type OwnServer } from "../../scripts/own-server";

const ADMIN_URL = process.env.E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.E2E_PORT ?? 3100) + 8;
const TAG = `crash-${Date.now()}`;

/** Shared by the load and the killer: a failure after the kill is the point; before it, a bug. */
const run = { killed: false, answered: 0 };

function afterKill<T>(error: unknown, result: T): T {
  if (!run.killed) throw error;
  return result;
}

async function signInPage(browser: Browser, base: string, account: { email: string; password: string; name: string }): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base, locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  // A kill can cut a page off mid-stream: the browser then shows half a form, and an action on a
  // field that never arrives would otherwise wait out the whole test.
  page.setDefaultTimeout(20_000);
  await page.goto("/signin");
  await page.getByLabel("メールアドレス").fill(account.email);
  await page.getByLabel("パスワード", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "サインイン" }).click();
  // Generous: the server is under load from the other pages while this one signs in.
  await expect(page.getByRole("banner").getByText(account.name)).toBeVisible({ timeout: 20_000 });
  return page;
}

/** Submits ideas until the server dies; returns the titles the server answered "accepted" for. */
async function submitIdeas(page: Page, worker: number): Promise<string[]> {
  const accepted: string[] = [];
  try {
    for (let i = 0; ; i++) {
      const title = `${TAG} w${worker} #${i}`;
      await page.goto("/ideas/new");
      await page.getByLabel("タイトル").fill(title);
      await page.getByLabel("内容").fill("停電や障害のときにも、受け付けた投稿は失われません。");
      await page.getByLabel("市町村").selectOption({ label: "前橋市" });
      await page.getByRole("checkbox", { name: "11. 住み続けられるまちづくりを" }).check();
      await page.getByRole("button", { name: "投稿する" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("アイデアを受け付けました", { timeout: 20_000 });
      accepted.push(title);
      run.answered++;
    }
  } catch (error) {
    return afterKill(error, accepted);
  }
}

/** Books 30-minute slots until the server dies; returns the slots it confirmed. */
async function bookRooms(page: Page): Promise<string[]> {
  const confirmed: string[] = [];
  let date = addDays(tokyoClock(new Date()).dateKey, 2);
  try {
    for (let i = 0; ; i++) {
      while (dayTypeOf(date).dayType !== "WEEKDAY") date = addDays(date, 1);
      const start = `${String(10 + (i % 10)).padStart(2, "0")}:00`;
      await page.goto(`/netsugen/spaces/meeting-room-a?date=${date}`);
      await page.getByLabel("開始時刻").selectOption(start);
      await page.getByLabel("利用時間").selectOption("30");
      await page.getByLabel("利用目的").fill(TAG);
      await page.getByRole("button", { name: "予約する" }).click();
      const answer = page.getByText("予約しました。").or(page.getByRole("main").getByRole("alert"));
      await expect(answer.first()).toBeVisible({ timeout: 10_000 });
      if (await page.getByText("予約しました。").isVisible()) confirmed.push(`${date} ${start}`);
      else console.log(`[crash] booking ${date} ${start} refused: ${await page.getByRole("main").getByRole("alert").first().innerText()}`);
      run.answered++;
      if (i % 10 === 9) date = addDays(date, 1);
    }
  } catch (error) {
    return afterKill(error, confirmed);
  }
}

interface Stored {
  ideas: { title: string; goals: number; audits: number }[];
  bookings: { slot: string; audits: number }[];
}

async function storedRows(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<Stored> {
  const ideas = await query(`
    SELECT i.title, (SELECT count(*) FROM "SdgTag" t WHERE t."ideaId" = i.id)::int AS goals,
           (SELECT count(*) FROM "AuditLog" a WHERE a."subjectId" = i.id AND a.action = 'idea.submit')::int AS audits
    FROM "Idea" i WHERE i.title LIKE '${TAG}%'`);
  const bookings = await query(`
    SELECT to_char(b."startsAt" AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI') AS slot,
           (SELECT count(*) FROM "AuditLog" a WHERE a."subjectId" = b.id AND a.action = 'booking.create')::int AS audits
    FROM "Booking" b WHERE b.purpose = '${TAG}'`);
  return {
    ideas: ideas.map((r) => ({ title: String(r.title), goals: Number(r.goals), audits: Number(r.audits) })),
    bookings: bookings.map((r) => ({ slot: String(r.slot), audits: Number(r.audits) })),
  };
}

let postgresUrl: string | null = null;

const DATABASES = [
  {
    name: "the embedded database (PGlite)",
    env: () => ({ DATABASE_URL: "", PGLITE_DATA_DIR: path.resolve(".data", "e2e", `crash-pglite-${PORT}`) }),
    available: async () => true,
    /** Read after the server has stopped: PGlite is one process's database. */
    read: async (env: Record<string, string>) => {
      const { openPglite } = await import("../../lib/db/adapter");
      const db = openPglite(env.PGLITE_DATA_DIR!);
      try {
        return await storedRows(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
      } finally {
        await db.close();
      }
    },
  },
  {
    name: "PostgreSQL",
    env: () => ({ DATABASE_URL: postgresUrl ?? "" }),
    available: async () => (postgresUrl = await freshPostgresDatabase(ADMIN_URL, "yukemuri_e2e_crash")) !== null,
    read: async (env: Record<string, string>) => {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      try {
        return await storedRows(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows);
      } finally {
        await client.end();
      }
    },
  },
];

for (const database of DATABASES) {
  test(`SIGKILL under load on ${database.name}: every accepted submission survives, none half-written`, async ({ browser }) => {
    test.setTimeout(240_000);
    test.skip(!(await database.available()), "needs a PostgreSQL server (E2E_POSTGRES_URL); CI starts one");
    const env = database.env();
    await resetDatabase(env);
    let server: OwnServer = await startServer(PORT, env);

    const residents = await Promise.all([0, 1, 2].map(() => signInPage(browser, server.base, DEMO.resident)));
    const member = await signInPage(browser, server.base, DEMO.member);
    Object.assign(run, { killed: false, answered: 0 });
    const load = Promise.all([...residents.map((page, i) => submitIdeas(page, i)), bookRooms(member)]);
    // Mid-load: once a dozen answers have come back, while more requests are in flight.
    await expect.poll(() => run.answered, { timeout: 60_000 }).toBeGreaterThanOrEqual(12);
    run.killed = true;
    await server.stop("SIGKILL");
    const results = await load;
    const acceptedIdeas = results.slice(0, residents.length).flat();
    const confirmedBookings = results.at(-1)!;
    console.log(`[crash] ${database.name}: ${acceptedIdeas.length} ideas and ${confirmedBookings.length} bookings answered before SIGKILL`);
    expect(acceptedIdeas.length).toBeGreaterThan(0);

    // The server starts again on the same database, with no repair step.
    server = await startServer(PORT, env);
    const again = await signInPage(browser, server.base, DEMO.resident);
    await again.goto("/ideas/mine");
    await expect(again.getByRole("main").getByText(acceptedIdeas.at(-1)!)).toBeVisible();
    await server.stop("SIGTERM");

    const stored = await database.read(env);
    const storedTitles = stored.ideas.map((i) => i.title);
    for (const title of acceptedIdeas) expect(storedTitles, `accepted idea "${title}"`).toContain(title);
    for (const slot of confirmedBookings) expect(stored.bookings.map((b) => b.slot), `confirmed booking ${slot}`).toContain(slot);
    // All or nothing: whatever is stored, accepted or cut off mid-answer, is whole.
    for (const idea of stored.ideas) expect(idea, idea.title).toMatchObject({ goals: 1, audits: 1 });
    for (const booking of stored.bookings) expect(booking.audits, booking.slot).toBe(1);
  });
}

// The next run starts its server on the same port: pages left open from this one would talk to it.
test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});
