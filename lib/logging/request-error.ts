import type { Logger } from "pino";
import { logger as processLogger, maskPersonalText } from "./logger";

interface RequestInfo {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

interface ErrorContext {
  routePath?: string;
  routeType?: string;
}

/**
 * One log line for a server error Next caught (instrumentation.ts): the request id, the route and
 * the digest the error page shows, so "参照番号" on a user's screen finds this line. The query
 * string and the headers are left out: they can carry personal data.
 */
export function logRequestError(error: unknown, request: RequestInfo, context: ErrorContext, log: Logger = processLogger): void {
  const requestId = request.headers["x-request-id"];
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  log.error(
    {
      event: "request.error",
      requestId: typeof requestId === "string" ? requestId : undefined,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      digest,
      error: error instanceof Error ? { type: error.name, message: maskPersonalText(error.message) } : { message: maskPersonalText(String(error)) },
    },
    "request failed",
  );
}
