import "server-only";
// Hands newly composed mail to the queue. Mail is written by the transaction of the change it
// reports, which need not know about pg-boss; this step gives each QUEUED row its delivery job,
// in one transaction with marking it dispatched, so a row never gets two jobs or none. SKIP LOCKED
// lets several workers dispatch at once without waiting on each other.
import { fromPrisma, type PgBoss } from "pg-boss";
import { db } from "../db";
import { MAIL_SEND, type MailSendJob } from "../jobs/queues";

const BATCH = 100;

export async function dispatchQueuedMail(boss: PgBoss, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "MailMessage"
      WHERE "state" = 'QUEUED' AND "dispatchedAt" IS NULL
      ORDER BY "createdAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return 0;
    await tx.mailMessage.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { dispatchedAt: now } });
    const jobs = rows.map((row) => ({ data: { mailId: row.id } satisfies MailSendJob }));
    await boss.insert(MAIL_SEND, jobs, { db: fromPrisma(tx) });
    return rows.length;
  });
}
