import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { createLogger } from "@/lib/logging/logger";
import { logRequestError } from "@/lib/logging/request-error";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  process.env.LOG_LEVEL = "info";
  const logger = createLogger(stream);
  delete process.env.LOG_LEVEL;
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("structured logs", () => {
  test("one JSON object per line, with level, time and service", () => {
    const { logger, records } = capture();
    logger.info({ event: "test.event", userId: "u1" }, "hello");
    const [record] = records();
    expect(record).toMatchObject({ level: "info", service: "yukemuri", event: "test.event", userId: "u1", msg: "hello" });
    expect(String(record!.time)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test("personal data and secrets are censored at the top level and nested", () => {
    const { logger, lines } = capture();
    logger.info({
      email: "hana@example.jp",
      password: "correct horse",
      user: { name: "上州 はな", email: "hana@example.jp", id: "u1" },
      request: { headers: { cookie: "session=secret", "x-forwarded-for": "203.0.113.9", authorization: "Bearer t" } },
    });
    const text = lines.join("");
    for (const secret of ["hana@example.jp", "correct horse", "上州 はな", "session=secret", "203.0.113.9", "Bearer t"]) expect(text).not.toContain(secret);
    expect(text).toContain('"id":"u1"');
  });

  test("a server error is logged with its request id, route and digest, without the query or headers", () => {
    const { logger, records } = capture();
    const error = Object.assign(new Error("duplicate key for hana@example.jp"), { digest: "12345" });
    logRequestError(
      error,
      { path: "/zukan?q=hana@example.jp", method: "GET", headers: { "x-request-id": "req-abc-123", cookie: "next-auth.session-token=secret" } },
      { routePath: "/zukan", routeType: "render" },
      logger,
    );
    const [record] = records();
    expect(record).toMatchObject({ level: "error", event: "request.error", requestId: "req-abc-123", path: "/zukan", route: "/zukan", digest: "12345" });
    expect(JSON.stringify(record)).not.toContain("hana@example.jp");
    expect(JSON.stringify(record)).not.toContain("secret");
  });
});
