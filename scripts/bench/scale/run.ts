// `npm run bench:scale`: does the platform stay fast when its data grows a hundredfold? On one
// PostgreSQL database it measures each route's latency with the demo seed, then writes the
// hundredfold dataset (./dataset.ts) into the same database, restarts the production server and
// measures the same routes again. Goal: every route's p99 within 2× of its small-data p99, in the
// same run on the same machine. The page cache is off, so each request renders and queries. Last,
// it prints the plans (EXPLAIN ANALYZE) of the queries that the indexes serve.
//
//   npm run bench:scale -- [--seconds 6] [--connections 4] [--skip-build]
import autocannon from "autocannon";
import pg from "pg";
import { freshPostgresDatabase, resetDatabase, startServer } from "../../own-server";
import { signInCookie } from "../sign-in";
import { loadScaleDataset } from "./dataset";
import { explainPlans } from "./explain";
import { SCALE_ROUTES, type ScaleRoute } from "./routes";
import { buildUnlessSkipped, numberOption } from "../options";

const SECONDS = numberOption("seconds", 6);
/** Few connections: the figure is each request's own cost, not the queue in front of 2 cores. */
const CONNECTIONS = numberOption("connections", 4);
const PORT = numberOption("port", 3260);
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const GOAL = 2;
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(base: string, route: ScaleRoute, cookies: Record<ScaleRoute["as"], string>, seconds: number): Promise<Figures> {
  const headers: Record<string, string> = { "accept-language": "ja", accept: route.path.startsWith("/api/") ? "*/*" : BROWSER_ACCEPT };
  if (cookies[route.as]) headers.cookie = cookies[route.as];
  const result = await autocannon({ url: `${base}${route.path}`, connections: CONNECTIONS, duration: seconds, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Starts the server on `databaseUrl` with the page cache off and measures every route. */
async function measureAll(databaseUrl: string): Promise<Figures[]> {
  const server = await startServer(PORT, { DATABASE_URL: databaseUrl, PAGE_CACHE_SECONDS: "0", LOG_LEVEL: "warn" });
  try {
    const cookies = {
      anonymous: "",
      staff: await signInCookie(server.base, "staff@demo.yukemuri.example", "yukemuri-staff-2026"),
      member: await signInCookie(server.base, "member@demo.yukemuri.example", "yukemuri-member-2026"),
    };
    const figures: Figures[] = [];
    for (const route of SCALE_ROUTES) {
      await measure(server.base, route, cookies, 1); // warm: the first render of a route loads its code
      const measured = await measure(server.base, route, cookies, SECONDS);
      console.log(`  ${route.path.padEnd(60)} p50 ${String(measured.p50).padStart(4)} ms  p99 ${String(measured.p99).padStart(4)} ms  ${measured.errors} errors`);
      figures.push(measured);
    }
    return figures;
  } finally {
    await server.stop();
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function printComparison(small: Figures[], large: Figures[]): boolean {
  console.log(`\n${"route".padEnd(62)}${"small p50/p99".padStart(15)}${"×100 p50/p99".padStart(15)}${"p99 ×".padStart(8)}  goal ≤ ${GOAL}×`);
  let allMet = true;
  SCALE_ROUTES.forEach((route, i) => {
    const s = small[i]!;
    const l = large[i]!;
    // A p99 under 1 ms rounds to 0; comparing with 1 ms keeps the ratio finite and fair.
    const ratio = l.p99 / Math.max(1, s.p99);
    const met = ratio <= GOAL && l.errors === 0 && s.errors === 0;
    allMet &&= met;
    console.log(
      `${`${route.path} (${route.as})`.padEnd(62)}${`${s.p50} / ${s.p99}`.padStart(15)}${`${l.p50} / ${l.p99}`.padStart(15)}${ratio.toFixed(2).padStart(8)}  ${met ? "✓" : "✗"}` +
        (l.errors || s.errors ? `  errors ${s.errors} → ${l.errors}` : ""),
    );
  });
  return allMet;
}

async function main(): Promise<void> {
  buildUnlessSkipped();
  const url = await freshPostgresDatabase(ADMIN_URL, "yukemuri_scale");
  if (!url) throw new Error(`bench:scale needs a PostgreSQL server: none at ${ADMIN_URL} (set BENCH_POSTGRES_URL).`);
  console.log(`Node ${process.version}, ${SECONDS} s per route, ${CONNECTIONS} connections over loopback, page cache off, ${new Date().toISOString()}`);

  console.log("\nThe demo seed:");
  await resetDatabase({ DATABASE_URL: url });
  const small = await measureAll(url);

  console.log("\nWriting the hundredfold dataset:");
  const started = performance.now();
  await withClient(url, (client) => loadScaleDataset(client, console.log));
  console.log(`  written and analysed in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  console.log("\nThe hundredfold dataset:");
  const large = await measureAll(url);
  const met = printComparison(small, large);
  console.log(met ? "\nEvery route meets the goal." : "\nSome routes miss the goal (✗ above).");

  console.log("\nQuery plans on the hundredfold dataset:");
  await withClient(url, (client) => explainPlans(client, console.log));
}

await main();
