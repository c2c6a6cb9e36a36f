// PGlite is PostgreSQL running inside one process: two processes opening the same data directory
// (say `npm run db:seed` while `npm run dev` is serving) would both write to it and corrupt it.
// PGlite itself does not guard against that (its postmaster.pid holds a fixed fake pid), so the
// directory gets a lock file naming the process that holds it.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export class PgliteInUseError extends Error {
  constructor(dataDir: string, lockPath: string, pid: number) {
    super(
      `The embedded database in ${path.relative(process.cwd(), dataDir) || dataDir} is in use by process ${pid} ` +
        "(a running `npm run dev` or `npm start`?). PGlite allows one process at a time: stop that " +
        `process first, or set DATABASE_URL to use a PostgreSQL server. If process ${pid} is ` +
        `something else, delete ${lockPath}.`,
    );
    this.name = "PgliteInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock of a PGlite directory for this process; returns the function that frees it. */
export function lockPgliteDir(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/[/\\]+$/, "")}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        process.off("exit", release);
        if (readHolder(lockPath) === process.pid) rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw new PgliteInUseError(dataDir, lockPath, holder);
      // Left behind by a process that died, or unreadable: take it over.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}
