// No message is sent twice when a worker dies mid-send. A real worker process (`npm run worker`'s
// script) takes a mail to a real SMTP server and is killed with SIGKILL after the server has read
// the whole message but before it answers, the worst moment: the message is on the server, and
// nothing recorded it as sent. Another worker then picks up the dead one's job. PostgreSQL only:
// two processes cannot share the embedded database.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { type JobRunner, startJobRunner } from "@/lib/jobs/run";
import { notify } from "@/lib/notifications/notify";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { createTestUser } from "./factories";

let smtp: TestSmtp | undefined;
let worker: ChildProcess | undefined;
let runner: JobRunner | undefined;

afterAll(async () => {
  worker?.kill("SIGKILL");
  await runner?.stop();
  await smtp?.close();
  delete process.env.SMTP_URL;
});

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function noticeFor(userId: string, title: string): Promise<string> {
  await db.$transaction((tx) => notify(tx, { userId, kind: "idea.answered", payload: { title } }));
  return (await db.mailMessage.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true } })).id;
}

describe.skipIf(!process.env.DATABASE_URL)("a worker killed mid-send (PostgreSQL: DATABASE_URL)", () => {
  test("the message reaches the server once; the retry marks it UNCERTAIN instead of sending it again, and work goes on", { timeout: 180_000 }, async () => {
    smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    const user = await createTestUser();
    const held = smtp.holdNext();
    const id = await noticeFor(user.id, "first");

    // Node itself with tsx as a loader: the tsx command would run the script in a child of its own,
    // which a SIGKILL to the command would leave running.
    worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, SMTP_URL: smtp.url, LOG_LEVEL: "silent", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    worker.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => worker?.on("exit", (_code, signal) => resolve(signal)));

    const message = await Promise.race([held, exited.then(() => Promise.reject(new Error(`The worker exited early:\n${output}`)))]);
    expect(message.raw).toContain(`Message-ID: <${id}@`);
    worker.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    // The server keeps what it read, as a real one may have: the worst case for a duplicate.
    message.accept();
    await smtp.waitFor(1);
    expect((await db.mailMessage.findUniqueOrThrow({ where: { id } })).state).toBe("SENDING");

    // Another worker: pg-boss notices the dead worker's missing heartbeat and retries its job.
    runner = await startJobRunner({ timings: { superviseIntervalSeconds: 1, monitorIntervalSeconds: 1 }, pollingIntervalSeconds: 0.5, dispatchEveryMs: 500 });
    const settled = await until("the retry", async () => {
      const row = await db.mailMessage.findUniqueOrThrow({ where: { id } });
      return row.state !== "SENDING" && row;
    }, 120_000);
    expect(settled).toMatchObject({ state: "UNCERTAIN", attempts: 1 });

    // Work goes on: the next notice is sent, once.
    const next = await noticeFor(user.id, "second");
    await smtp.waitFor(2);
    await until("the second mail's row", async () => (await db.mailMessage.findUniqueOrThrow({ where: { id: next } })).state === "SENT", 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const ids = smtp.received.map((mail) => mail.messageId);
    expect(ids.filter((m) => m?.startsWith(`<${id}@`))).toHaveLength(1);
    expect(ids.filter((m) => m?.startsWith(`<${next}@`))).toHaveLength(1);
    expect(smtp.received).toHaveLength(2);
  });
});
