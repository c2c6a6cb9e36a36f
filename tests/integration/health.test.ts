import { afterEach, describe, expect, test } from "vitest";
import { GET } from "@/app/api/health/route";
import { disconnectDatabase } from "@/lib/db";

const configured = process.env.DATABASE_URL;

afterEach(async () => {
  await disconnectDatabase();
  if (configured === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = configured;
});

describe("GET /api/health", () => {
  test("200 with the database reachable, never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  test("503 within a few seconds when the database is unreachable", async () => {
    await disconnectDatabase();
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "unreachable" });
  });
});
