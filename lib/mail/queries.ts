import "server-only";
// What /admin/outbox shows: stored mail, newest first, and the background jobs that keep failing.
import { db } from "../db";
import type { MailState } from "../generated/prisma/client";
import { logger } from "../logging/logger";

export const MAIL_STATES = ["QUEUED", "SENDING", "SENT", "STORED", "FAILED", "UNCERTAIN"] as const satisfies readonly MailState[];

export function isMailState(value: unknown): value is MailState {
  return typeof value === "string" && (MAIL_STATES as readonly string[]).includes(value);
}

export function listOutbox(state: MailState | null, limit = 100) {
  return db.mailMessage.findMany({
    where: state ? { state } : {},
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, kind: true, toAddress: true, subject: true, state: true, attempts: true, lastError: true, createdAt: true },
  });
}

export function countOutboxByState() {
  return db.mailMessage.groupBy({ by: ["state"], _count: { _all: true } });
}

export function getOutboxMessage(id: string) {
  if (id.length > 64) return Promise.resolve(null);
  return db.mailMessage.findUnique({ where: { id } });
}

export interface FailedJob {
  id: string;
  name: string;
  retryCount: number;
  error: string;
  failedAt: Date | null;
}

// Straight from pg-boss's table: a job that used up its retries stays there, state 'failed', with
// the error its last attempt threw. Before the queue has ever started the table does not exist.
export async function listFailedJobs(limit = 50): Promise<FailedJob[]> {
  try {
    const rows = await db.$queryRaw<{ id: string; name: string; retry_count: number; output: unknown; completed_on: Date | null }[]>`
      SELECT "id"::text AS "id", "name", "retry_count", "output", "completed_on"
      FROM "pgboss"."job" WHERE "state" = 'failed'
      ORDER BY "completed_on" DESC NULLS LAST LIMIT ${limit}`;
    return rows.map((row) => ({ id: row.id, name: row.name, retryCount: row.retry_count, error: errorText(row.output), failedAt: row.completed_on }));
  } catch (error) {
    logger.warn({ event: "jobs.failed_list_unavailable", err: error }, "failed jobs could not be listed");
    return [];
  }
}

function errorText(output: unknown): string {
  if (typeof output !== "object" || output === null) return "";
  const message = (output as Record<string, unknown>).message;
  return typeof message === "string" ? message.slice(0, 500) : JSON.stringify(output).slice(0, 500);
}
