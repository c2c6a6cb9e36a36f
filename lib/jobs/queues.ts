// The background jobs: their queues, retry policies and schedules. Times are in seconds.
import type { Queue } from "pg-boss";

export const MAIL_SEND = "mail.send";
export const NETSUGEN_NO_SHOWS = "netsugen.release-no-shows";
export const HOUSEKEEPING = "housekeeping.expire";
export const DIGEST_DAILY = "mail.digest-daily";
export const DIGEST_WEEKLY = "mail.digest-weekly";
export const NETSUGEN_REMINDERS = "netsugen.day-before-reminders";
export const STAFF_MORNING = "staff.morning-inbox";
export const SUPPORTER_NEWS = "supporters.news";

/** Retries after 30 s, 1, 2, 4, 8 min…, capped at an hour: an SMTP outage of an afternoon loses nothing. */
export const MAIL_RETRY_LIMIT = 8;

export const QUEUES: readonly Queue[] = [
  {
    name: MAIL_SEND,
    retryLimit: MAIL_RETRY_LIMIT,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 60 * 60,
    // A send takes seconds; a worker that stops beating for this long is gone, and the job is retried.
    heartbeatSeconds: 30,
    expireInSeconds: 5 * 60,
    deleteAfterSeconds: 14 * 24 * 60 * 60,
  },
  { name: NETSUGEN_NO_SHOWS, retryLimit: 1, expireInSeconds: 5 * 60, deleteAfterSeconds: 24 * 60 * 60 },
  { name: HOUSEKEEPING, retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60, deleteAfterSeconds: 7 * 24 * 60 * 60 },
  // A retry after a crash is safe: people whose digest was written are skipped (DigestRun).
  { name: DIGEST_DAILY, retryLimit: 3, retryDelay: 5 * 60, expireInSeconds: 30 * 60, deleteAfterSeconds: 14 * 24 * 60 * 60 },
  { name: DIGEST_WEEKLY, retryLimit: 3, retryDelay: 5 * 60, expireInSeconds: 30 * 60, deleteAfterSeconds: 14 * 24 * 60 * 60 },
  // A retry reminds only those not yet reminded (remindedAt).
  { name: NETSUGEN_REMINDERS, retryLimit: 3, retryDelay: 5 * 60, expireInSeconds: 30 * 60, deleteAfterSeconds: 14 * 24 * 60 * 60 },
  // A retry tells only those not yet told today.
  { name: STAFF_MORNING, retryLimit: 3, retryDelay: 5 * 60, expireInSeconds: 30 * 60, deleteAfterSeconds: 14 * 24 * 60 * 60 },
  // A retry tells only of needs, sessions and events not yet announced (supportersToldAt).
  { name: SUPPORTER_NEWS, retryLimit: 3, retryDelay: 60, expireInSeconds: 15 * 60, deleteAfterSeconds: 7 * 24 * 60 * 60 },
];

/** Cron schedules, in Japan time. */
export const SCHEDULES: readonly { name: string; cron: string }[] = [
  // The grace period is 15 minutes; checking every minute releases a room within a minute of it.
  { name: NETSUGEN_NO_SHOWS, cron: "* * * * *" },
  { name: HOUSEKEEPING, cron: "*/15 * * * *" },
  // Digests arrive with the morning: every day at 7:00, and Mondays at 7:00 for the week.
  { name: DIGEST_DAILY, cron: "0 7 * * *" },
  { name: DIGEST_WEEKLY, cron: "0 7 * * 1" },
  // Reminders of tomorrow's bookings and events come in the evening, in time to plan the day.
  { name: NETSUGEN_REMINDERS, cron: "0 17 * * *" },
  // Staff hear what waits for them as the working day starts (holidays are skipped in the job).
  { name: STAFF_MORNING, cron: "30 8 * * 1-5" },
  // Supporters hear of a new need, session or event in their places within minutes.
  { name: SUPPORTER_NEWS, cron: "*/5 * * * *" },
];

export interface MailSendJob {
  mailId: string;
}
