import "server-only";
// Starts the background jobs in this process: inside the web server (the default, and the only
// way on PGlite) or in `npm run worker`. Any number of processes may run them against one
// PostgreSQL database: pg-boss hands each job to one worker, and each schedule fires once.
import type { PgBoss } from "pg-boss";
import { deliverMail } from "../mail/deliver";
import { dispatchQueuedMail } from "../mail/dispatch";
import { logger } from "../logging/logger";
import { releaseNoShows } from "../netsugen/no-shows";
import { sendDayBeforeReminders } from "../netsugen/reminders";
import { sendDigests } from "../notifications/digest";
import { sendStaffMorningNotices } from "../staff/morning-notice";
import { tellSupporters } from "../supporters/alerts";
import { type BossTimings, createBoss } from "./boss";
import { expireStaleRows } from "./housekeeping";
import { DIGEST_DAILY, DIGEST_WEEKLY, HOUSEKEEPING, MAIL_RETRY_LIMIT, MAIL_SEND, type MailSendJob, NETSUGEN_NO_SHOWS, NETSUGEN_REMINDERS, QUEUES, SCHEDULES, STAFF_MORNING, SUPPORTER_NEWS } from "./queues";

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  timings?: BossTimings;
  /** How often new mail is handed to the queue, in milliseconds. */
  dispatchEveryMs?: number;
  pollingIntervalSeconds?: number;
}

async function startQueues(boss: PgBoss, options: JobRunnerOptions): Promise<void> {
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const queue of QUEUES) {
    if (existing.has(queue.name)) await boss.updateQueue(queue.name, queue);
    else await boss.createQueue(queue.name, queue);
  }
  for (const { name, cron } of SCHEDULES) await boss.schedule(name, cron, null, { tz: "Asia/Tokyo" });

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work<MailSendJob>(MAIL_SEND, polling, async ([job]) => {
    if (!job) return;
    await deliverMail(job.data.mailId, { finalAttempt: job.retryCount >= MAIL_RETRY_LIMIT });
  });
  await boss.work(NETSUGEN_NO_SHOWS, polling, async () => {
    const outcome = await releaseNoShows();
    if (outcome.released > 0) logger.info({ event: "netsugen.no_shows", ...outcome }, "no-shows released");
  });
  await boss.work(NETSUGEN_REMINDERS, polling, async () => {
    logger.info({ event: "netsugen.reminders", ...(await sendDayBeforeReminders()) }, "day-before reminders written");
  });
  await boss.work(STAFF_MORNING, polling, async () => {
    logger.info({ event: "staff.morning", ...(await sendStaffMorningNotices()) }, "staff told what waits");
  });
  await boss.work(SUPPORTER_NEWS, polling, async () => {
    const outcome = await tellSupporters();
    if (outcome.notified > 0) logger.info({ event: "supporters.told", ...outcome }, "supporters told of what opened in their places");
  });
  await boss.work(HOUSEKEEPING, polling, async () => {
    logger.info({ event: "jobs.housekeeping", ...(await expireStaleRows()) }, "stale rows expired");
  });
  for (const [queue, cadence] of [[DIGEST_DAILY, "DAILY"], [DIGEST_WEEKLY, "WEEKLY"]] as const) {
    await boss.work(queue, polling, async () => {
      logger.info({ event: "mail.digests", cadence, ...(await sendDigests(cadence)) }, "digests written");
    });
  }
}

export async function startJobRunner(options: JobRunnerOptions = {}): Promise<JobRunner> {
  const boss = createBoss(options.timings);
  boss.on("error", (error: Error) => logger.error({ event: "jobs.error", err: error }, "job queue error"));
  try {
    await startQueues(boss, options);
  } catch (error) {
    // A failed start (the database is not there yet) must not leave a pool behind for each retry.
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }

  // New mail is picked up within seconds, not at the next whole minute a cron schedule allows.
  let dispatching = false;
  const timer = setInterval(() => {
    if (dispatching) return;
    dispatching = true;
    dispatchQueuedMail(boss)
      .catch((error: unknown) => logger.warn({ event: "mail.dispatch_failed", err: error }, "mail dispatch failed"))
      .finally(() => {
        dispatching = false;
      });
  }, options.dispatchEveryMs ?? 3_000);
  timer.unref();

  return {
    boss,
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
