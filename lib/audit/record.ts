import type { Prisma } from "../generated/prisma/client";

export interface AuditEntry {
  actorId?: string | null;
  actorLabel?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditLog">;

/**
 * Appends one row to the audit log. Call it with the transaction client of the change it
 * describes, so the change and its record commit or fail together.
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
