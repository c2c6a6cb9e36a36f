// Prints one "name: N passed, N failed" line per test run, and the total last, for CI readers
// that do not know Vitest's or Playwright's own summaries.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const runs = [];

for (const name of ["vitest-pglite", "vitest-postgres"]) {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  runs.push({ name, passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests });
}

const playwright = join(dir, "playwright.json");
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, "utf8"));
  runs.push({ name: "playwright", passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped });
}

const line = (name, r) => `${name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`;
for (const r of runs) console.log(line(r.name, r));
const total = runs.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log(line("total", total));
