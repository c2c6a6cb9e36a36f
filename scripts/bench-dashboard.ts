// `npm run bench:dashboard`: server response times of the public dashboard, cold and warm, next to
// a baseline measured in the same run (/api/health: the same server, no data, no rendering).
// Needs `npm run build` first. Each round starts the production server on a fresh seeded database
// with an empty data cache (scripts/e2e-server.ts), so its first dashboard request is truly cold.
//
//   npm run bench:dashboard -- [--rounds 3] [--warm 30] [--port 3202]
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./db/paths";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive integer`);
  return value;
}

const rounds = option("rounds", 3);
const warmSamples = option("warm", 30);
const port = option("port", 3202);
const base = `http://127.0.0.1:${port}`;

async function time(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-language": "ja" } });
  await response.arrayBuffer(); // the whole body, as a browser would wait for it
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return ms;
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/e2e-server.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("The server did not start within 150 s");
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    process.kill(-server.pid!, "SIGTERM"); // the server's own process group: npm start and the server it runs
  });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { n: s.length, min: s[0]!, median: q(0.5), p95: q(0.95), max: s.at(-1)! };
};

const samples: Record<string, number[]> = {};
const add = (label: string, ms: number) => (samples[label] ??= []).push(ms);
const WARM_PATHS = ["/dashboard", "/dashboard/kpis/ghg-emissions", "/dashboard/goals/8", "/api/v1/kpis", "/api/v1/kpis.csv"];

for (let round = 1; round <= rounds; round++) {
  console.error(`round ${round}/${rounds}: starting a fresh server…`);
  const server = await startServer();
  try {
    await time(`${base}/api/health`); // the first request of any kind pays for module loading
    // The layout, i18n and shared dashboard components, without touching the KPI data cache, so
    // the cold figure is the data load plus this one page's module, not the whole app's start-up.
    await time(`${base}/dashboard/method`);
    add("baseline /api/health", await time(`${base}/api/health`));
    add("/dashboard cold (empty data cache)", await time(`${base}/dashboard`));
    for (let i = 0; i < warmSamples; i++) {
      add("baseline /api/health", await time(`${base}/api/health`));
      for (const p of WARM_PATHS) add(`${p} warm`, await time(`${base}${p}`));
    }
  } finally {
    await stop(server);
  }
}

console.log(`Dashboard response times on ${new Date().toISOString()} (${rounds} rounds, ${warmSamples} warm samples per path per round), ms:`);
console.log(["path".padEnd(40), "n", "min", "median", "p95", "max", "median ÷ baseline"].join("\t"));
const baseline = stats(samples["baseline /api/health"]!).median;
for (const [label, xs] of Object.entries(samples)) {
  const s = stats(xs);
  console.log([label.padEnd(40), s.n, s.min.toFixed(1), s.median.toFixed(1), s.p95.toFixed(1), s.max.toFixed(1), (s.median / baseline).toFixed(1)].join("\t"));
}
