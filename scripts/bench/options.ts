// The command-line options every bench shares: `--name value` numbers and `--skip-build`.
import { spawnSync } from "node:child_process";

export const argv = process.argv.slice(2);

/** The number after `--name`, or `fallback` when the option is not given. */
export function numberOption(name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

/** Builds the production server, unless `--skip-build` says the current build will do. */
export function buildUnlessSkipped(): void {
  if (argv.includes("--skip-build")) return;
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build failed");
}
