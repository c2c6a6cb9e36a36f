import type { Instrumentation } from "next";

/** Background jobs (mail, no-show release, housekeeping) run inside the Node.js server by default. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this file too; jobs belong to a running server only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobsInProcess } = await import("./lib/jobs/in-process");
  startJobsInProcess();
}

/** Every server error Next catches becomes one structured log line (lib/logging/request-error.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/logging/request-error");
  logRequestError(error, request, context);
};
