// The route handlers: who may open the live stream and the CSV export, and what the public API
// leaves out (names, free text, hidden posts).
import { beforeEach, describe, expect, test, vi } from "vitest";
import { GET as events } from "@/app/api/workshops/sessions/[id]/events/route";
import { GET as exportCsv } from "@/app/api/workshops/sessions/[id]/export/route";
import { GET as publicApi } from "@/app/api/v1/workshops/route";
import { WORKSHOP_SERIES_PAGE_SIZE } from "@/lib/workshops/exports";
import { db } from "@/lib/db";
import { stopRealtime } from "@/lib/realtime";
import { watchedSessionCount } from "@/lib/workshops/live";
import { MAX_STREAMS_PER_VIEWER, openStreamCount } from "@/lib/workshops/stream-slots";
import { request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { actAsParticipant, createTestParticipant, createTestSession } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));

const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
});

describe("the live stream", () => {
  test("refuses strangers, serves participants and facilitators as text/event-stream", async () => {
    const session = await createTestSession();
    expect((await events(new Request("http://x/"), params(session.id))).status).toBe(401);
    signInAs((await createTestUser(["RESIDENT"])).id);
    expect((await events(new Request("http://x/"), params(session.id))).status).toBe(403);
    signInAs(null);
    expect((await events(new Request("http://x/"), params("no-such-session"))).status).toBe(401);

    actAsParticipant(await createTestParticipant(session.id));
    const abort = new AbortController();
    const response = await events(new Request("http://x/", { signal: abort.signal }), params(session.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("event: board")) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    await stopRealtime();
  });
});

describe("streams per viewer", () => {
  const firstBoard = async (response: Response) => {
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("event: board")) text += new TextDecoder().decode((await reader.read()).value);
  };

  test("one viewer holds at most a few streams; closing them frees the slots and the session's board cache", async () => {
    const session = await createTestSession();
    const participant = await createTestParticipant(session.id);
    actAsParticipant(participant);
    const key = `participant:${participant.id}`;
    const aborts = Array.from({ length: MAX_STREAMS_PER_VIEWER }, () => new AbortController());
    const responses = await Promise.all(aborts.map((abort) => events(new Request("http://x/", { signal: abort.signal }), params(session.id))));
    expect(responses.map((r) => r.status)).toEqual(aborts.map(() => 200));
    await Promise.all(responses.map(firstBoard));
    expect(openStreamCount(key)).toBe(MAX_STREAMS_PER_VIEWER);
    const baseline = watchedSessionCount();
    expect(baseline).toBeGreaterThanOrEqual(1);

    const refused = await events(new Request("http://x/"), params(session.id));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");

    // Another participant of the same session is not crowded out.
    actAsParticipant(await createTestParticipant(session.id));
    const other = new AbortController();
    const otherResponse = await events(new Request("http://x/", { signal: other.signal }), params(session.id));
    expect(otherResponse.status).toBe(200);
    await firstBoard(otherResponse);

    for (const abort of aborts) abort.abort();
    await Promise.all(responses.map((r) => r.body!.cancel().catch(() => undefined)));
    expect(openStreamCount(key)).toBe(0);
    actAsParticipant(participant);
    const again = new AbortController();
    const reopened = await events(new Request("http://x/", { signal: again.signal }), params(session.id));
    expect(reopened.status).toBe(200);
    await firstBoard(reopened);

    again.abort();
    other.abort();
    await reopened.body!.cancel().catch(() => undefined);
    await otherResponse.body!.cancel().catch(() => undefined);
    expect(watchedSessionCount()).toBe(baseline - 1);
    await stopRealtime();
  });
});

describe("the CSV export", () => {
  test("is public once a session has ended, and for facilitators only while it runs", async () => {
    const running = await createTestSession();
    const ended = await createTestSession({ state: "CLOSED" });
    await db.issueCard.create({ data: { sessionId: ended.id, text: "終わった回のカード" } });
    expect((await exportCsv(new Request("http://x/"), params(running.id))).status).toBe(401);
    signInAs((await createTestUser(["FACILITATOR"])).id);
    expect((await exportCsv(new Request("http://x/"), params(running.id))).status).toBe(403);
    signInAs((await createTestUser(["STAFF"])).id);
    expect((await exportCsv(new Request("http://x/"), params(running.id))).status).toBe(200);
    signInAs(null);
    const response = await exportCsv(new Request("http://x/"), params(ended.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("終わった回のカード");
    expect((await exportCsv(new Request("http://x/"), params("nope"))).status).toBe(404);
  });
});

describe("GET /api/v1/workshops", () => {
  test("series, sessions and counts, without nicknames, sentences or hidden ideas", async () => {
    const session = await createTestSession({ kind: "IDEATION", state: "CLOSED" });
    const author = await createTestParticipant(session.id, "秘密のニックネーム");
    await db.workshopIdea.create({ data: { sessionId: session.id, participantId: author.id, title: "公開アイデア", description: "説明の本文" } });
    await db.workshopIdea.create({ data: { sessionId: session.id, title: "非表示アイデア", description: "x", hiddenAt: new Date() } });
    const response = await publicApi(new Request("http://localhost/api/v1/workshops"));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain("公開アイデア");
    for (const secret of ["秘密のニックネーム", "非表示アイデア", "説明の本文"]) expect(text).not.toContain(secret);
    const body = JSON.parse(text) as { series: { sessions: { id: string; outcomes: { participants: number; ideas: number } }[] }[] };
    const found = body.series.flatMap((s) => s.sessions).find((s) => s.id === session.id);
    expect(found?.outcomes).toMatchObject({ participants: 1, ideas: 1 });
  });

  test("is paginated, newest series first, and a malformed page asks for the first", async () => {
    const before = await db.workshopSeries.count();
    // Years after any other test's series, so these come first.
    await db.workshopSeries.createMany({
      data: Array.from({ length: WORKSHOP_SERIES_PAGE_SIZE + 3 }, (_, i) => ({ slug: `page-series-${String(i).padStart(2, "0")}`, titleJa: "連載", titleEn: "Series", year: 3000 + i })),
    });
    const total = before + WORKSHOP_SERIES_PAGE_SIZE + 3;
    const read = async (query: string) => {
      const response = await publicApi(new Request(`http://localhost/api/v1/workshops${query}`));
      expect(response.status).toBe(200);
      return (await response.json()) as { meta: { page: number; pageCount: number; total: number }; series: { slug: string }[] };
    };
    const first = await read("");
    expect(first.meta).toMatchObject({ page: 1, pageCount: Math.ceil(total / WORKSHOP_SERIES_PAGE_SIZE), total });
    expect(first.series).toHaveLength(WORKSHOP_SERIES_PAGE_SIZE);
    expect(first.series[0]!.slug).toBe(`page-series-${WORKSHOP_SERIES_PAGE_SIZE + 2}`);
    const second = await read("?page=2");
    expect(second.series.slice(0, 3).map((s) => s.slug)).toEqual(["page-series-02", "page-series-01", "page-series-00"]);
    for (const hostile of ["?page=0", "?page=-1", "?page=abc", "?page=1e9", `?page=${"9".repeat(5000)}`]) {
      expect((await read(hostile)).meta.page).toBe(1);
    }
  });
});
