import type { Instrumentation } from "next";

/** Every server error Next catches becomes one structured log line (lib/logging/request-error.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/logging/request-error");
  logRequestError(error, request, context);
};
