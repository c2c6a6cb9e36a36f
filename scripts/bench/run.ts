// `npm run bench`: builds the production server, starts it on the embedded database and on
// PostgreSQL (when one is reachable), loads each route with autocannon over loopback and prints
// one table. The figure that matters is each route's throughput as a ratio of a trivial route of
// the same server in the same run (/api/health: one `SELECT 1`, no rendering), so the result does
// not depend on how fast this machine is. Then it prints each public page's first-load JavaScript.
//
//   npm run bench -- [--seconds 8] [--connections 10] [--skip-build]
import { spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { freshPostgresDatabase, resetDatabase, startServer, type OwnServer } from "../own-server";
import { firstLoadJs, PUBLIC_PAGES } from "./first-load-js";

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SECONDS = option("seconds", 8);
const CONNECTIONS = option("connections", 10);
const PORT = option("port", 3250);
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

async function load(base: string, route: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url: `${base}${route}`, connections: CONNECTIONS, duration: seconds, headers: { "accept-language": "ja" } });
}

async function benchServer(database: string, server: OwnServer): Promise<Row[]> {
  const rows: Row[] = [];
  // Warm every route once (compiles nothing in production, but fills Next's data cache).
  for (const { path: route } of ROUTES) await load(server.base, route, 1);
  let baseline = 0;
  for (const { path: route, cached } of ROUTES) {
    const result = await load(server.base, route, SECONDS);
    const rps = result.requests.average;
    if (route === BASELINE) baseline = rps;
    rows.push({
      database,
      path: route,
      rps,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      ratio: baseline ? rps / baseline : 1,
      cached,
    });
  }
  return rows;
}

const pad = (value: string, width: number) => value.padEnd(width);
const num = (value: number, digits = 0) => value.toFixed(digits).padStart(8);

function printTable(rows: Row[]): void {
  console.log(`\n${pad("database", 11)}${pad("route", 44)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"errors".padStart(8)}${"÷ base".padStart(8)}  target`);
  for (const r of rows) {
    const verdict = r.path === BASELINE ? "baseline" : r.cached ? (r.ratio >= TARGET_RATIO ? `≥ ${TARGET_RATIO} ✓` : `≥ ${TARGET_RATIO} ✗`) : "";
    console.log(`${pad(r.database, 11)}${pad(r.path, 44)}${num(r.rps)}${num(r.p50)}${num(r.p99)}${num(r.errors)}${num(r.ratio, 2)}  ${verdict}`);
  }
}

async function main(): Promise<void> {
  if (!argv.includes("--skip-build")) {
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  console.log(`Node ${process.version}, ${SECONDS} s per route, ${CONNECTIONS} connections over loopback, ${new Date().toISOString()}`);
  const rows: Row[] = [];
  const databases: { name: string; env: Record<string, string> }[] = [
    { name: "PGlite", env: { DATABASE_URL: "", PGLITE_DATA_DIR: path.resolve(".data", "bench", "pglite") } },
  ];
  const pgUrl = await freshPostgresDatabase(ADMIN_URL, "yukemuri_bench");
  if (pgUrl) databases.push({ name: "PostgreSQL", env: { DATABASE_URL: pgUrl } });
  else console.log(`PostgreSQL at ${ADMIN_URL} is not reachable: only the embedded database is measured.`);

  let jsSizes: Awaited<ReturnType<typeof firstLoadJs>> = [];
  for (const database of databases) {
    console.log(`\n${database.name}: preparing a seeded database and starting next start…`);
    await resetDatabase(database.env);
    const server = await startServer(PORT, { ...database.env, LOG_LEVEL: "warn" });
    try {
      rows.push(...(await benchServer(database.name, server)));
      if (jsSizes.length === 0) jsSizes = await firstLoadJs(server.base, PUBLIC_PAGES);
    } finally {
      await server.stop();
    }
  }
  printTable(rows);
  console.log("\nFirst-load JavaScript of public pages (gzip), budget 150 kB:");
  for (const { path: page, gzipKb } of jsSizes) console.log(`  ${pad(page, 44)}${gzipKb.toFixed(1).padStart(8)} kB`);
}

await main();
