// The open-data endpoints against the database they publish. The route handlers run as written;
// only Next's data cache is bypassed, since outside a Next server it has no store to keep entries in.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET as getKpis } from "@/app/api/v1/kpis/route";
import { GET as getKpi } from "@/app/api/v1/kpis/[code]/route";
import { GET as getCsv } from "@/app/api/v1/kpis.csv/route";
import { GET as getSdgs } from "@/app/api/v1/sdgs/route";
import { db } from "@/lib/db";
import { parseCsvRecords } from "@/lib/kpis/csv";
import { createObservation, transitionObservation } from "@/lib/kpis/mutations";
import { CSV_COLUMNS } from "@/lib/kpis/open-data";
import { seedKpiDemoObservations } from "@/prisma/seed/kpi-demo";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { createTestUser } from "./factories";

vi.mock("next/cache", async (original) => ({
  ...((await original()) as object),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const params = (code: string) => ({ params: Promise.resolve({ code }) });

/** What the database says is public: current published values, by KPI code, series and year. */
async function publishedInDatabase() {
  const rows = await db.kpiObservation.findMany({
    where: { state: "PUBLISHED", supersededAt: null },
    select: { fiscalYear: true, value: true, status: true, version: true, isDemo: true, series: { select: { key: true, kpi: { select: { code: true } } } } },
  });
  return rows
    .map((r) => `${r.series.kpi.code}|${r.series.key}|${r.fiscalYear}|${Number(r.value)}|${r.status}|${r.version}|${r.isDemo}`)
    .sort();
}

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  await seedKpiDemoObservations(db);
  // One real, corrected value with a hostile note, published through the workflow.
  const a = await createTestUser(["STAFF"]);
  const b = await createTestUser(["STAFF"]);
  const series = await db.kpiSeries.findFirstOrThrow({ where: { kpi: { code: "sounding-surveys" } }, select: { id: true } });
  const now = new Date("2026-11-26T03:00:00Z");
  for (const [value, note] of [["4", '=HYPERLINK("http://evil.example","click")'], ["5", "+確報値, \"改訂\""]]) {
    const created = await createObservation(a, { seriesId: String(series.id), fiscalYear: "2024", value, status: "FINAL", note }, { now });
    if (!created.ok) throw new Error(created.error);
    for (const [who, step] of [[a, "submit"], [b, "approve"], [a, "publish"]] as const) {
      const r = await transitionObservation(who, step, created.data.id, now);
      if (!r.ok) throw new Error(r.error);
    }
  }
});

describe("GET /api/v1/kpis", () => {
  test("lists all 33 KPIs with exactly the published observations, the grade and the licence", async () => {
    const response = await getKpis(get("/api/v1/kpis"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/public/);
    const body = await response.json();
    expect(body.meta.licence).toMatchObject({ id: "PDL-1.0", compatibleWith: "CC-BY-4.0" });
    expect(body.meta.demoNotice).toBeTruthy();
    expect(body.data).toHaveLength(33);
    const fromApi = body.data
      .flatMap((k: { code: string; series: { key: string; observations: { fiscalYear: number; value: number; status: string; version: number; isDemo: boolean }[] }[] }) =>
        k.series.flatMap((s) => s.observations.map((o) => `${k.code}|${s.key}|${o.fiscalYear}|${o.value}|${o.status}|${o.version}|${o.isDemo}`)),
      )
      .sort();
    expect(fromApi).toEqual(await publishedInDatabase());
    const sounding = body.data.find((k: { code: string }) => k.code === "sounding-surveys");
    expect(sounding.series[0].revisions).toMatchObject([{ value: 4, version: 1 }]);
    expect(sounding.series[0].observations[0]).toMatchObject({ periodStart: "2024-04-01", periodEnd: "2025-03-31", isDemo: false });
    expect(sounding.grade.grade).not.toBe("NO_DATA");
  });

  test("answers 304 to a matching If-None-Match", async () => {
    const first = await getKpis(get("/api/v1/kpis"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const second = await getKpis(get("/api/v1/kpis", { "if-none-match": etag }));
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
  });
});

describe("GET /api/v1/kpis/{code}", () => {
  test("returns one KPI", async () => {
    const response = await getKpi(get("/api/v1/kpis/ghg-emissions"), params("ghg-emissions"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data).toMatchObject({ code: "ghg-emissions", direction: "DECREASE", links: { html: "/dashboard/kpis/ghg-emissions" } });
  });

  test.each(["no-such-kpi", "GHG-EMISSIONS", "../../etc/passwd", "<script>alert(1)</script>", "x".repeat(500)])("%s → 404 JSON", async (code) => {
    const response = await getKpi(get(`/api/v1/kpis/${encodeURIComponent(code)}`), params(code));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("GET /api/v1/kpis/{code}?format=csv", () => {
  test("is the full CSV's rows for this KPI alone, with the same columns, licence and a file name of its own", async () => {
    const response = await getKpi(get("/api/v1/kpis/sounding-surveys?format=csv"), params("sounding-surveys"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="gunma-sdgs-kpi-sounding-surveys.csv"');
    expect(response.headers.get("x-license")).toMatch(/^PDL-1\.0/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const one = parseCsvRecords(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
    const all = parseCsvRecords(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await (await getCsv(get("/api/v1/kpis.csv"))).arrayBuffer())));
    expect(one.header).toEqual([...CSV_COLUMNS]);
    expect(one.records).toEqual(all.records.filter((r) => r.indicator_id === "sounding-surveys"));
    expect(one.records.length).toBeGreaterThan(0);
    expect(one.records[0]!.footnote).toBe("'+確報値, \"改訂\"");
  });

  test("has its own ETag and answers 304 to it", async () => {
    const first = await getKpi(get("/api/v1/kpis/ghg-emissions?format=csv"), params("ghg-emissions"));
    const json = await getKpi(get("/api/v1/kpis/ghg-emissions"), params("ghg-emissions"));
    const etag = first.headers.get("etag")!;
    expect(etag).not.toBe(json.headers.get("etag"));
    const second = await getKpi(get("/api/v1/kpis/ghg-emissions?format=csv", { "if-none-match": etag }), params("ghg-emissions"));
    expect(second.status).toBe(304);
  });

  test.each(["json", "CSV", "xml", "csv,json", "%00", "c".repeat(5000)])("format=%s is answered as JSON", async (format) => {
    const response = await getKpi(get(`/api/v1/kpis/ghg-emissions?format=${encodeURIComponent(format)}`), params("ghg-emissions"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect((await response.json()).data.code).toBe("ghg-emissions");
  });

  test("an unknown code is a 404 in JSON, whatever the format", async () => {
    const response = await getKpi(get("/api/v1/kpis/no-such-kpi?format=csv"), params("no-such-kpi"));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("GET /api/v1/kpis.csv", () => {
  test("is UTF-8 with a BOM, tidy, agrees with the database, and neutralises formulas", async () => {
    const response = await getCsv(get("/api/v1/kpis.csv"));
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("etag")).toBeTruthy();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const { header, records } = parseCsvRecords(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    const fromCsv = records.map((r) => `${r.indicator_id}|${r.series_id}|${r.fiscal_year}|${Number(r.value)}|${r.obs_status}|${r.version}|${r.is_demo}`).sort();
    expect(fromCsv).toEqual(await publishedInDatabase());
    const sounding = records.find((r) => r.indicator_id === "sounding-surveys")!;
    expect(sounding).toMatchObject({ value: "5", version: "2", footnote: "'+確報値, \"改訂\"", period_start: "2024-04-01", period_end: "2025-03-31" });
    for (const r of records) for (const cell of Object.values(r)) expect(cell, `${r.indicator_id} ${cell}`).not.toMatch(/^[=+@\t\r]/);
  });
});

describe("GET /api/v1/sdgs", () => {
  test("returns 17 goals whose counts add up to their KPIs", async () => {
    const body = await (await getSdgs(get("/api/v1/sdgs"))).json();
    expect(body.data).toHaveLength(17);
    for (const goal of body.data) {
      const { ACHIEVED, ON_TRACK, MODERATE, OFF_TRACK, NO_DATA, total, withData } = goal.grades;
      expect(ACHIEVED + ON_TRACK + MODERATE + OFF_TRACK + NO_DATA).toBe(total);
      expect(total - NO_DATA).toBe(withData);
      expect(goal.kpis).toHaveLength(total);
    }
    const tagged = await db.sdgTag.findMany({ where: { kpiId: { not: null } }, select: { goalNumber: true, kpiId: true }, distinct: ["goalNumber", "kpiId"] });
    expect(body.data.reduce((n: number, g: { grades: { total: number } }) => n + g.grades.total, 0)).toBe(tagged.length);
  });
});
