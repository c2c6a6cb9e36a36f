// `npm run bench:forum`: the big prefectural forum on PostgreSQL. Builds the production server
// (unless told not to), makes a fresh database and measures three things:
//   1. 300 phones posting and voting in one workshop on one app instance, one projector watching:
//      the time from a phone sending an idea to the projector's board showing it (p99 < 250 ms);
//   2. the same on two instances sharing the database, phones alternating between them and the
//      projector on the first, so half the ideas reach it through LISTEN/NOTIFY (same goal);
//   3. 1,000 phones of a plenary each holding the live board's stream for half a minute while a
//      few of them post ideas, with /api/health polled meanwhile: no 5xx anywhere, health p99 < 100
//      ms, and every viewer's board shows every idea.
// The bench plays the prefecture's reverse proxy (TRUSTED_PROXY_HOPS=1), naming each phone's
// public address: a hall's Wi-Fi and the carriers' networks put many phones behind each one.
//
//   npx tsx scripts/bench/forum.ts [--seconds 60] [--phones 300] [--viewers 1000] [--hold 30]
//     [--posters 10] [--port 3270] [--parts 1,2,3] [--skip-build]
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";
import { seatsPerAddress } from "../../lib/workshops/rules/join-pace";
import { freshPostgresDatabase, resetDatabase, startServer, type OwnServer } from "../own-server";
import { joinPhones } from "./action-routes";
import { runLiveViewers, serverFailures, SETTLE_LIMIT_MS, type StatusCounts, type ViewersReport } from "./live-viewers";
import type { ForumFixtures } from "./prepare-forum";
import type { BenchSession } from "./sessions";
import { signInCookie } from "./sign-in";
import { runWorkshopScenario, type Percentiles, type ScenarioReport } from "./workshop-scenario";
import { argv, buildUnlessSkipped, numberOption } from "./options";

const SECONDS = numberOption("seconds", 60);
const PHONES = numberOption("phones", 300);
const VIEWERS = numberOption("viewers", 1000);
const HOLD_SECONDS = numberOption("hold", 30);
const POSTERS = numberOption("posters", 10);
/** The first of four ports: one instance, two instances, the viewers' instance. */
const PORT = numberOption("port", 3270);
const PARTS = new Set((argv.includes("--parts") ? argv[argv.indexOf("--parts") + 1]! : "1,2,3").split(",").map(Number));
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = "yukemuri_bench_forum";

const GOALS = { projectorP99Ms: 250, healthP99Ms: 100 } as const;
/** Join attempts one address may make in a minute: RATE_LIMITS.workshopJoin (its module loads only in the server). */
const JOINS_PER_ADDRESS_MINUTE = 150;
/** RATE_LIMITS.workshopSeat's floor, for seatsPerAddress. */
const SEAT_FLOOR = 5;
const STAFF = { email: "staff@demo.yukemuri.example", password: "yukemuri-staff-2026" };

/**
 * The public addresses `count` phones join from: as few as the join limits allow to seat them all
 * within a minute, using four fifths of each address's budget. A 300-seat hall comes out at five
 * (its Wi-Fi's address and the carriers'), a 1,000-seat plenary at nine.
 */
function venues(prefix: string, count: number, capacity: number): string[] {
  const perAddress = Math.min(JOINS_PER_ADDRESS_MINUTE, seatsPerAddress(capacity, SEAT_FLOOR));
  const needed = Math.ceil(count / Math.floor(perAddress * 0.8));
  return Array.from({ length: needed }, (_, i) => `${prefix}${i + 1}`);
}

/**
 * Joins `count` phones from `addresses`, all addresses at once (each one's phones in turn); address
 * a joins through instance a mod n. Returns each phone's cookie and address.
 */
async function joinCrowd(bases: string[], session: BenchSession, count: number, addresses: string[]): Promise<{ cookie: string; venue: string }[]> {
  const share = (a: number) => Math.floor(count / addresses.length) + (a < count % addresses.length ? 1 : 0);
  const joined = await Promise.all(
    addresses.map(async (venue, a) => (await joinPhones(bases[a % bases.length]!, session.joinCode, share(a), venue)).map((cookie) => ({ cookie, venue }))),
  );
  // Interleaved, so that phones taken in turn (instances, posters) mix the addresses.
  const phones: { cookie: string; venue: string }[] = [];
  for (let i = 0; phones.length < count; i++) for (const group of joined) if (group[i]) phones.push(group[i]!);
  return phones;
}

interface ForumRun {
  label: string;
  instances: number;
  addresses: number;
  joinSeconds: number;
  report: ScenarioReport;
  generatorLag: { p99: number; max: number };
}

/** The load generator's own event-loop delay while `work` runs: if it is high, the figures include the bench's lag. */
async function withGeneratorLag<T>(work: () => Promise<T>): Promise<{ value: T; lag: { p99: number; max: number } }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    const value = await work();
    return { value, lag: { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 } };
  } finally {
    delay.disable();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const startedAt = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - startedAt) / 1000 };
}

/** Parts 1 and 2: the workshop scenario with the phones spread over `servers`, the projector on the first. */
async function forum(label: string, servers: OwnServer[], session: BenchSession, venuePrefix: string): Promise<ForumRun> {
  const bases = servers.map((s) => s.base);
  const addresses = venues(venuePrefix, PHONES, PHONES);
  console.log(`${label}: ${PHONES} phones joining from ${addresses.length} addresses…`);
  const joined = await timed(() => joinCrowd(bases, session, PHONES, addresses));
  const projectorCookie = await signInCookie(bases[0]!, STAFF.email, STAFF.password);
  console.log(`${label}: posting and voting for ${SECONDS} s…`);
  const { value: report, lag } = await withGeneratorLag(() =>
    runWorkshopScenario({ base: bases[0]!, session, phones: joined.value.map((p) => p.cookie), phoneBases: bases, projectorCookie, seconds: SECONDS }),
  );
  return { label, instances: servers.length, addresses: addresses.length, joinSeconds: joined.seconds, report, generatorLag: lag };
}

interface ViewersRun {
  addresses: number;
  joinSeconds: number;
  report: ViewersReport;
  generatorLag: { p99: number; max: number };
}

/** Part 3: the plenary's viewers on one instance. */
async function plenary(server: OwnServer, session: BenchSession): Promise<ViewersRun> {
  const addresses = venues("203.0.113.", VIEWERS, VIEWERS);
  console.log(`Plenary: ${VIEWERS} phones joining from ${addresses.length} addresses…`);
  const joined = await timed(() => joinCrowd([server.base], session, VIEWERS, addresses));
  console.log(`Plenary: opening ${VIEWERS} live-board streams and holding them for ${HOLD_SECONDS} s, ${POSTERS} phones posting…`);
  const { value: report, lag } = await withGeneratorLag(() =>
    runLiveViewers({
      base: server.base,
      session,
      viewers: joined.value,
      posters: POSTERS,
      holdSeconds: HOLD_SECONDS,
      openingAtOnce: 50,
      healthPollers: 4,
      healthPauseMs: 100,
    }),
  );
  return { addresses: addresses.length, joinSeconds: joined.seconds, report, generatorLag: lag };
}

/** The forum's three sessions, made in the database `env` points at before any server starts. */
function prepareFixtures(env: Record<string, string>): ForumFixtures {
  const script = "scripts/bench/prepare-forum.ts";
  const run = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), script, String(PHONES), String(VIEWERS)], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`Preparing the forum's sessions failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as ForumFixtures;
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]?.server_version ?? "?";
  } finally {
    await client.end();
  }
}

/** Starts `ports.length` instances on the one database, runs `work`, and stops them whatever happens. */
async function withServers<T>(ports: number[], env: Record<string, string>, work: (servers: OwnServer[]) => Promise<T>): Promise<T> {
  const servers: OwnServer[] = [];
  try {
    for (const port of ports) servers.push(await startServer(port, env));
    return await work(servers);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

// ── Printing ──────────────────────────────────────────────────────────────────────────────────

const ms = (p: Percentiles) => `p50 ${p.p50.toFixed(0)} · p95 ${p.p95.toFixed(0)} · p99 ${p.p99.toFixed(0)} · max ${p.max.toFixed(0)} ms`;
const statuses = (s: StatusCounts) => Object.entries(s).sort(([, a], [, b]) => b - a).map(([status, n]) => `${status} × ${n}`).join(", ") || "none";
const mark = (ok: boolean) => (ok ? "✓" : "✗");

interface Goal {
  goal: string;
  actual: string;
  met: boolean;
}

function forumGoals(run: ForumRun): Goal[] {
  const { report: r } = run;
  const everyIdea = r.ideas.neverShown === 0 && r.ideas.accepted > 0;
  const failures = serverFailures(r.statuses);
  return [
    {
      goal: `${run.label}, ${r.phones} phones: submit → projector p99 < ${GOALS.projectorP99Ms} ms, every idea shown`,
      actual: `p99 ${r.submitToProjector.p99.toFixed(0)} ms, ${r.ideas.shownOnProjector}/${r.ideas.accepted} shown`,
      met: r.submitToProjector.p99 < GOALS.projectorP99Ms && everyIdea,
    },
    { goal: `${run.label}, ${r.phones} phones: no 5xx`, actual: `${failures} of ${r.ideas.sent + r.votes.sent} actions`, met: failures === 0 },
  ];
}

function viewerGoals(run: ViewersRun): Goal[] {
  const r = run.report;
  const streams5xx = serverFailures(r.streamStatuses);
  const health5xx = serverFailures(r.healthStatuses);
  const posts5xx = serverFailures(r.ideas.statuses);
  const open = r.streamStatuses["200"] ?? 0;
  return [
    {
      goal: `${r.viewers} viewers: no 5xx or unanswered request`,
      actual: `streams ${streams5xx}, health ${health5xx}, posts ${posts5xx}`,
      met: streams5xx + health5xx + posts5xx === 0,
    },
    { goal: `${r.viewers} viewers: every stream open for the whole hold`, actual: `${open - r.dropped}/${r.viewers}`, met: open - r.dropped === r.viewers },
    {
      goal: `${r.viewers} viewers: /api/health p99 < ${GOALS.healthP99Ms} ms while held`,
      actual: `p99 ${r.healthWhileHeld.p99.toFixed(0)} ms (${r.healthWhileHeld.count} checks)`,
      met: r.healthWhileHeld.p99 < GOALS.healthP99Ms,
    },
    {
      goal: `${r.viewers} viewers: every viewer shown every idea`,
      actual: `${r.sawEveryIdea}/${r.viewers} viewers, ${r.ideas.accepted} ideas`,
      met: r.sawEveryIdea === r.viewers && r.ideas.accepted > 0,
    },
  ];
}

function printGoals(goals: Goal[]): void {
  const width = Math.max(...goals.map((g) => g.goal.length)) + 2;
  const actualWidth = Math.max(...goals.map((g) => g.actual.length)) + 2;
  console.log(`\n${"goal".padEnd(width)}${"actual".padEnd(actualWidth)}met`);
  for (const g of goals) console.log(`${g.goal.padEnd(width)}${g.actual.padEnd(actualWidth)}${mark(g.met)}`);
}

function printForum(run: ForumRun): void {
  const s = run.report;
  const spread = run.instances > 1 ? `alternating over ${run.instances} instances, projector on the first` : "one instance";
  console.log(`\n${run.label}: ${s.phones} phones (${spread}) for ${s.seconds} s, 1–4 s between actions, one projector stream`);
  console.log(`  joined from ${run.addresses} addresses in ${run.joinSeconds.toFixed(1)} s`);
  console.log(`  ideas sent ${s.ideas.sent}, accepted ${s.ideas.accepted}, shown on the projector ${s.ideas.shownOnProjector}, never shown ${s.ideas.neverShown}` +
    (Object.keys(s.ideas.failed).length ? `, refused ${JSON.stringify(s.ideas.failed)}` : ""));
  console.log(`  votes sent ${s.votes.sent}, accepted ${s.votes.accepted}` + (Object.keys(s.votes.failed).length ? `, refused ${JSON.stringify(s.votes.failed)}` : ""));
  console.log(`  action answers (HTTP)      ${statuses(s.statuses)}; offered ${(s.phones / 2.5).toFixed(0)} actions/s at 1–4 s between, served ${((s.ideas.sent + s.votes.sent) / s.seconds).toFixed(0)}/s`);
  console.log(`  submit → projector event   ${ms(s.submitToProjector)}`);
  console.log(`  idea action answered       ${ms(s.ideaAnswer)}`);
  console.log(`  vote action answered       ${ms(s.voteAnswer)}`);
  console.log(`  projector events received  ${s.projectorEvents}`);
  console.log(`  load generator's event-loop delay  p99 ${run.generatorLag.p99.toFixed(0)} · max ${run.generatorLag.max.toFixed(0)} ms`);
}

function printViewers(run: ViewersRun): void {
  const r = run.report;
  console.log(`\nPlenary: ${r.viewers} phones each holding the live board's stream on one instance, ${r.hold.posters} of them posting every 3–9 s for ${r.hold.seconds} s`);
  console.log(`  joined from ${run.addresses} addresses in ${run.joinSeconds.toFixed(1)} s; streams opened 50 at a time in ${r.opened.seconds.toFixed(1)} s`);
  console.log(`  stream answers             ${statuses(r.streamStatuses)}; ended by the server early: ${r.dropped}`);
  console.log(`  stream open → first board  ${ms(r.opened.firstBoard)}`);
  console.log(`  ideas sent ${r.ideas.sent}, accepted ${r.ideas.accepted}; answers ${statuses(r.ideas.statuses)}` +
    (Object.keys(r.ideas.refused).length ? `; refused ${JSON.stringify(r.ideas.refused)}` : ""));
  console.log(`  viewers shown every idea   ${r.sawEveryIdea}/${r.viewers} (by ${SETTLE_LIMIT_MS / 1000} s after the last post at most)`);
  console.log(`  submit → each viewer       ${ms(r.fanOut)} (${r.fanOut.count} viewer-ideas)`);
  console.log(`  board events per viewer    p50 ${r.boardsPerViewer.p50} · max ${r.boardsPerViewer.max}; the last one ${(r.lastBoardBytes / 1024).toFixed(1)} kB`);
  console.log(`  /api/health answers        ${statuses(r.healthStatuses)}`);
  console.log(`  /api/health, streams opening  ${ms(r.healthWhileOpening)} (${r.healthWhileOpening.count} checks)`);
  console.log(`  /api/health, streams held     ${ms(r.healthWhileHeld)} (${r.healthWhileHeld.count} checks)`);
  console.log(`  load generator's event-loop delay  p99 ${run.generatorLag.p99.toFixed(0)} · max ${run.generatorLag.max.toFixed(0)} ms`);
}

async function main(): Promise<void> {
  buildUnlessSkipped();
  const url = await freshPostgresDatabase(ADMIN_URL, DATABASE);
  if (!url) throw new Error(`PostgreSQL at ${ADMIN_URL} is not reachable: the forum bench needs it (BENCH_POSTGRES_URL).`);
  const env = { DATABASE_URL: url };
  console.log("Preparing a seeded database and the forum's sessions…");
  await resetDatabase(env);
  const fixtures = prepareFixtures(env);
  // The bench plays the prefecture's reverse proxy, naming each phone's address.
  const serverEnv = { ...env, LOG_LEVEL: "warn", TRUSTED_PROXY_HOPS: "1" };

  const forums: ForumRun[] = [];
  let viewers: ViewersRun | undefined;
  if (PARTS.has(1)) {
    forums.push(await withServers([PORT], serverEnv, ([one]) => forum("1 instance", [one!], fixtures.oneInstance, "198.51.100.")));
  }
  if (PARTS.has(2)) {
    forums.push(await withServers([PORT + 1, PORT + 2], serverEnv, (two) => forum("2 instances", two, fixtures.twoInstances, "192.0.2.")));
  }
  if (PARTS.has(3)) viewers = await withServers([PORT + 3], serverEnv, ([one]) => plenary(one!, fixtures.plenary));

  console.log(`\nForum bench: Node ${process.version}, ${os.cpus().length} CPUs (server and load generator share them), ` +
    `PostgreSQL ${await postgresVersion(url)}, ${new Date().toISOString()}`);
  printGoals([...forums.flatMap(forumGoals), ...(viewers ? viewerGoals(viewers) : [])]);
  forums.forEach(printForum);
  if (viewers) printViewers(viewers);
}

await main();
