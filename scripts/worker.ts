// `npm run worker`: runs the background jobs (mail, no-show release, housekeeping) in a process of
// their own, for PostgreSQL deployments with several web instances (set JOBS_IN_PROCESS=false on
// those). Stops gracefully on SIGTERM/SIGINT: a job in progress finishes first.
import { databaseKind } from "../lib/db/adapter";
import { invalidSettings } from "../lib/env";
import { describeMailTransport } from "../lib/mail/settings";

const problems = invalidSettings();
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

if (databaseKind() !== "postgres") {
  console.error(
    "npm run worker needs a PostgreSQL server (DATABASE_URL). The embedded database belongs to the one " +
      "process that opened it, and the web server started by `npm start` already runs the jobs.",
  );
  process.exit(1);
}

const { startJobRunner } = await import("../lib/jobs/run");
const { disconnectDatabase } = await import("../lib/db");
const runner = await startJobRunner();
console.log(`Yukemuri worker running. Mail: ${describeMailTransport()}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void runner
      .stop()
      .then(() => disconnectDatabase())
      .finally(() => process.exit(0));
  });
}
