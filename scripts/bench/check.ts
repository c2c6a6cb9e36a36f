// `npm run bench:check`: fails when a public page's first-load JavaScript exceeds the budget.
// Needs `npm run build` first; starts the production server on a scratch embedded database.
import path from "node:path";
import { resetDatabase, startServer } from "../own-server";
import { firstLoadJs, JS_BUDGET_KB, PUBLIC_PAGES } from "./first-load-js";

const env = { DATABASE_URL: "", PGLITE_DATA_DIR: path.resolve(".data", "bench", "check-pglite"), LOG_LEVEL: "warn" };
await resetDatabase(env);
const server = await startServer(Number(process.env.BENCH_PORT ?? 3251), env);
let over: string[] = [];
try {
  const sizes = await firstLoadJs(server.base, PUBLIC_PAGES);
  console.log(`First-load JavaScript of public pages (gzip), budget ${JS_BUDGET_KB} kB:`);
  for (const { path: page, gzipKb, files } of sizes) {
    console.log(`  ${page.padEnd(44)}${gzipKb.toFixed(1).padStart(8)} kB in ${files} files${gzipKb > JS_BUDGET_KB ? "  OVER BUDGET" : ""}`);
  }
  over = sizes.filter((s) => s.gzipKb > JS_BUDGET_KB).map((s) => s.path);
} finally {
  await server.stop();
}
if (over.length > 0) {
  console.error(`Over the ${JS_BUDGET_KB} kB budget: ${over.join(", ")}`);
  process.exit(1);
}
