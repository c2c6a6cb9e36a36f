// Where the background jobs run: in the web server unless JOBS_IN_PROCESS=false. On PGlite
// nothing but the server's process can reach the database, so there they always run in it.
import { databaseKind } from "../db/adapter";
import { setting } from "../env";

export function jobsInProcessEnabled(): boolean {
  if (databaseKind() === "pglite") return true;
  return setting("JOBS_IN_PROCESS") ?? true;
}

/** One line for `npm start`. */
export function describeJobs(): string {
  if (databaseKind() === "pglite") return "in this server (the embedded database belongs to it)";
  return jobsInProcessEnabled() ? "in this server" : "not in this server (JOBS_IN_PROCESS=false): run `npm run worker`";
}
