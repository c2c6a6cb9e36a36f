import "server-only";
// The web server runs the jobs itself unless JOBS_IN_PROCESS=false (PostgreSQL deployments that
// run `npm run worker` beside several web instances). If the database is not there yet, it keeps
// trying in the background: the server must start and answer /api/health with 503 meanwhile.
import { databaseKind } from "../db/adapter";
import { logger } from "../logging/logger";
import { type JobRunner, startJobRunner } from "./run";
import { jobsInProcessEnabled } from "./settings";

const RETRY_MS = 15_000;

const globalState = globalThis as typeof globalThis & { __yukemuriJobs?: Promise<JobRunner | null> };

async function startWithRetries(): Promise<JobRunner> {
  for (;;) {
    try {
      const runner = await startJobRunner();
      logger.info({ event: "jobs.started", database: databaseKind() }, "background jobs running in the web server");
      return runner;
    } catch (error) {
      logger.error({ event: "jobs.start_failed", err: error }, "background jobs could not start; trying again");
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
    }
  }
}

export function startJobsInProcess(): void {
  if (!jobsInProcessEnabled() || globalState.__yukemuriJobs) return;
  globalState.__yukemuriJobs = startWithRetries();
}
