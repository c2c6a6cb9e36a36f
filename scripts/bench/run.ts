// `npm run bench`: builds the production server, starts it on the embedded database and on
// PostgreSQL (when one is reachable), loads each route with autocannon over loopback and prints
// one table. The figure that matters is each route's throughput as a ratio of a trivial route of
// the same server in the same run (/api/health: one `SELECT 1`, no rendering), so the result does
// not depend on how fast this machine is. The two write routes (an idea from a phone, a booking
// attempt) run through their server actions. Then the workshop scenario: phones posting and
// voting for a minute, timed from submit to the projector's event. Last, each public page's
// first-load JavaScript and Lighthouse's mobile scores of the pages residents meet first.
//
//   npm run bench -- [--seconds 8] [--connections 10] [--scenario-seconds 60] [--phones 60] [--skip-build]
import { spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { freshPostgresDatabase, resetDatabase, startServer, type OwnServer } from "../own-server";
import { joinPhones, loadBookingAttempts, loadIdeaSubmissions, signInMembers, type ActionRouteResult } from "./action-routes";
import { firstLoadJs, PUBLIC_PAGES } from "./first-load-js";
import { lighthouseFigures, printLighthouse, type LighthouseFigures } from "./lighthouse";
import type { BenchFixtures } from "./prepare";
import { signInCookie } from "./sign-in";
import { runWorkshopScenario, type ScenarioReport } from "./workshop-scenario";
import { buildUnlessSkipped, numberOption } from "./options";

const SECONDS = numberOption("seconds", 8);
const CONNECTIONS = numberOption("connections", 10);
const PORT = numberOption("port", 3250);
const SCENARIO_SECONDS = numberOption("scenario-seconds", 60);
const PHONES = numberOption("phones", 60);
/** Phones that take turns posting in the idea row: enough that none meets its own rate limit. */
const ROW_PHONES = 120;
const MEMBERS = 40;
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const BASELINE = "/api/health";
/** Cached public pages and the open-data API: the target is at least half the baseline's rate. */
const ROUTES: { path: string; cached: boolean }[] = [
  { path: BASELINE, cached: false },
  { path: "/robots.txt", cached: false },
  { path: "/dashboard", cached: true },
  { path: "/dashboard/kpis/gross-prefectural-product", cached: true },
  { path: "/zukan", cached: true },
  { path: "/api/v1/kpis", cached: true },
];
const TARGET_RATIO = 0.5;
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

interface Row {
  database: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  ratio: number;
  cached: boolean;
}

function rowOf(database: string, route: string, result: autocannon.Result, baseline: number, cached: boolean, failures = 0): Row {
  const rps = result.requests.average;
  return {
    database,
    path: route,
    rps,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + failures,
    ratio: baseline ? rps / baseline : 1,
    cached,
  };
}

async function load(base: string, route: string, seconds: number): Promise<autocannon.Result> {
  // The headers of a browser loading a page: Japanese, and asking for HTML.
  return autocannon({ url: `${base}${route}`, connections: CONNECTIONS, duration: seconds, headers: { "accept-language": "ja", accept: BROWSER_ACCEPT } });
}

interface ServerFigures {
  rows: Row[];
  outcomes: { database: string; label: string; outcomes: Record<string, number> }[];
  scenario?: ScenarioReport;
}

/** Failures the route should not have: anything but a success, a booking rule's refusal or a rate limit. */
function unexpectedFailures(outcomes: Record<string, number>): number {
  return Object.entries(outcomes)
    .filter(([outcome]) => outcome !== "ok" && !outcome.startsWith("netsugen.errors.") && !outcome.endsWith("rateLimited"))
    .reduce((sum, [, count]) => sum + count, 0);
}

async function benchServer(database: string, server: OwnServer, fixtures: BenchFixtures): Promise<ServerFigures> {
  const figures: ServerFigures = { rows: [], outcomes: [] };
  // Warm every route once (compiles nothing in production, but fills Next's data cache).
  for (const { path: route } of ROUTES) await load(server.base, route, 1);
  let baseline = 0;
  for (const { path: route, cached } of ROUTES) {
    const result = await load(server.base, route, SECONDS);
    if (route === BASELINE) baseline = result.requests.average;
    figures.rows.push(rowOf(database, route, result, baseline, cached));
  }

  const session = fixtures.rowSession;
  const phones = await joinPhones(server.base, session.joinCode, ROW_PHONES, "198.51.100.1");
  const members = await signInMembers(server.base, fixtures.memberEmails);
  const writeLoad = { seconds: SECONDS, connections: CONNECTIONS };
  const writes: ActionRouteResult[] = [
    await loadIdeaSubmissions(server.base, session, phones, writeLoad),
    await loadBookingAttempts(server.base, members, writeLoad),
  ];
  for (const write of writes) {
    figures.rows.push(rowOf(database, write.label, write.result, baseline, false, unexpectedFailures(write.outcomes)));
    figures.outcomes.push({ database, label: write.label, outcomes: write.outcomes });
  }

  if (SCENARIO_SECONDS > 0) {
    const hall = fixtures.hallSession;
    const hallPhones = await joinPhones(server.base, hall.joinCode, PHONES, "198.51.100.2");
    const projectorCookie = await signInCookie(server.base, "staff@demo.yukemuri.example", "yukemuri-staff-2026");
    figures.scenario = await runWorkshopScenario({ base: server.base, session: hall, phones: hallPhones, projectorCookie, seconds: SCENARIO_SECONDS });
  }
  return figures;
}

/** Creates the bench's two workshop sessions and its members in the database `env` points at. */
function prepareFixtures(env: Record<string, string>): BenchFixtures {
  const run = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/bench/prepare.ts", String(MEMBERS)], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`Preparing the bench fixtures failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as BenchFixtures;
}

const pad = (value: string, width: number) => value.padEnd(width);
/** Wide enough for the longest route label, the booking attempt. */
const ROUTE_WIDTH = 58;
const num = (value: number, digits = 0) => value.toFixed(digits).padStart(8);

function printTable(rows: Row[]): void {
  console.log(`\n${pad("database", 11)}${pad("route", ROUTE_WIDTH)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"errors".padStart(8)}${"÷ base".padStart(8)}  target`);
  for (const r of rows) {
    const verdict = r.path === BASELINE ? "baseline" : r.cached ? (r.ratio >= TARGET_RATIO ? `≥ ${TARGET_RATIO} ✓` : `≥ ${TARGET_RATIO} ✗`) : "";
    console.log(`${pad(r.database, 11)}${pad(r.path, ROUTE_WIDTH)}${num(r.rps)}${num(r.p50)}${num(r.p99)}${num(r.errors)}${num(r.ratio, 2)}  ${verdict}`);
  }
}

function printOutcomes(figures: ServerFigures[]): void {
  console.log("\nWhat the write routes answered (action results):");
  for (const { database, label, outcomes } of figures.flatMap((f) => f.outcomes)) {
    const parts = Object.entries(outcomes).sort(([, a], [, b]) => b - a).map(([outcome, count]) => `${outcome} ${count}`);
    console.log(`  ${pad(database, 11)}${pad(label, ROUTE_WIDTH + 1)}${parts.join(", ")}`);
  }
}

function printScenario(database: string, s: ScenarioReport): void {
  const ms = (p: { p50: number; p95: number; p99: number; max: number }) =>
    `p50 ${p.p50.toFixed(0)} · p95 ${p.p95.toFixed(0)} · p99 ${p.p99.toFixed(0)} · max ${p.max.toFixed(0)} ms`;
  console.log(`\nWorkshop scenario on ${database}: ${s.phones} phones for ${s.seconds} s, 1–4 s between actions, one projector stream`);
  console.log(`  ideas sent ${s.ideas.sent}, accepted ${s.ideas.accepted}, shown on the projector ${s.ideas.shownOnProjector}, never shown ${s.ideas.neverShown}` +
    (Object.keys(s.ideas.failed).length ? `, refused ${JSON.stringify(s.ideas.failed)}` : ""));
  console.log(`  votes sent ${s.votes.sent}, accepted ${s.votes.accepted}` + (Object.keys(s.votes.failed).length ? `, refused ${JSON.stringify(s.votes.failed)}` : ""));
  console.log(`  submit → projector event   ${ms(s.submitToProjector)}`);
  console.log(`  idea action answered       ${ms(s.ideaAnswer)}`);
  console.log(`  vote action answered       ${ms(s.voteAnswer)}`);
  console.log(`  projector events received  ${s.projectorEvents}`);
}

async function main(): Promise<void> {
  buildUnlessSkipped();
  console.log(`Node ${process.version}, ${SECONDS} s per route, ${CONNECTIONS} connections over loopback, ${new Date().toISOString()}`);
  const figures: ServerFigures[] = [];
  const databases: { name: string; env: Record<string, string> }[] = [
    { name: "PGlite", env: { DATABASE_URL: "", PGLITE_DATA_DIR: path.resolve(".data", "bench", "pglite") } },
  ];
  const pgUrl = await freshPostgresDatabase(ADMIN_URL, "yukemuri_bench");
  if (pgUrl) databases.push({ name: "PostgreSQL", env: { DATABASE_URL: pgUrl } });
  else console.log(`PostgreSQL at ${ADMIN_URL} is not reachable: only the embedded database is measured.`);

  let jsSizes: Awaited<ReturnType<typeof firstLoadJs>> = [];
  let scores: LighthouseFigures[] = [];
  for (const database of databases) {
    console.log(`\n${database.name}: preparing a seeded database and starting the production server…`);
    await resetDatabase(database.env);
    const fixtures = prepareFixtures(database.env);
    // The bench plays the prefecture's reverse proxy, naming each simulated hall's address.
    const server = await startServer(PORT, { ...database.env, LOG_LEVEL: "warn", TRUSTED_PROXY_HOPS: "1" });
    try {
      figures.push(await benchServer(database.name, server, fixtures));
      if (jsSizes.length === 0) jsSizes = await firstLoadJs(server.base, PUBLIC_PAGES);
      // Page weight and script cost do not depend on the database: measured once, on the first.
      if (scores.length === 0) scores = await lighthouseFigures(server.base);
    } finally {
      await server.stop();
    }
  }
  printTable(figures.flatMap((f) => f.rows));
  printOutcomes(figures);
  figures.forEach((f, i) => f.scenario && printScenario(databases[i]!.name, f.scenario));
  console.log("\nFirst-load JavaScript of public pages (gzip), budget 150 kB:");
  for (const { path: page, gzipKb } of jsSizes) console.log(`  ${pad(page, 44)}${gzipKb.toFixed(1).padStart(8)} kB`);
  printLighthouse(scores);
}

await main();
