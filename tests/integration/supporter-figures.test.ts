// The public supporter figures (dashboard, GET /api/v1/supporters and .csv): a municipality's
// count appears only once it reaches 5, and nothing in the answer names or identifies a person.
import { beforeAll, describe, expect, test } from "vitest";
import { GET as figuresRoute } from "@/app/api/v1/supporters/route";
import { GET as figuresCsvRoute } from "@/app/api/v1/supporters.csv/route";
import { db } from "@/lib/db";
import { supporterFigures } from "@/lib/supporters/figures";
import { createTestRoom, createTestUser, municipalityIds } from "./factories";

let kusatsu: number;

beforeAll(async () => {
  [kusatsu] = await municipalityIds("kusatsu");
});

async function registerSupporter(options: { residence?: number; municipalityId?: number; kinds?: ("ORIGIN" | "VISIT" | "TWO_REGION")[] } = {}) {
  const user = await createTestUser();
  await db.supporter.create({
    data: {
      userId: user.id,
      residence: options.residence ?? 13,
      tieKinds: options.kinds ?? ["VISIT"],
      ties: options.municipalityId ? { create: { municipalityId: options.municipalityId } } : undefined,
      wholePrefecture: !options.municipalityId,
    },
  });
  return user;
}

const kusatsuCount = async () => (await supporterFigures()).byMunicipality.find((m) => m.code === "kusatsu")!.supporters;

describe("public supporter figures", () => {
  test("草津町's count stays hidden through 4 supporters and appears at 5", async () => {
    const people = [];
    for (let n = 1; n <= 5; n++) {
      people.push(await registerSupporter({ municipalityId: kusatsu }));
      const count = await kusatsuCount();
      if (n < 5) expect(count, `with ${n}`).toBeNull();
      else expect(count).toBe(5);
    }
    // A sixth supporter living abroad is one of a kind: the residence table must not show them.
    await registerSupporter({ residence: 0, municipalityId: kusatsu, kinds: ["TWO_REGION"] });
    const figures = await supporterFigures();
    expect(figures.byResidence.find((r) => r.group === "abroad")!.supporters).toBeNull();
    expect(figures.byTieKind.find((k) => k.kind === "TWO_REGION")!.supporters).toBeNull();
    expect(figures.byMunicipality.find((m) => m.code === "kusatsu")!.supporters).toBe(6);
    // Every published count is 0 or at least 5.
    const cells = [figures.supporters, figures.wholePrefecture, ...figures.byMunicipality.map((m) => m.supporters), ...figures.byTieKind.map((k) => k.supporters), ...figures.byResidence.map((r) => r.supporters), ...figures.activitiesByMonth.map((m) => m.activities)];
    for (const cell of cells) if (cell !== null) expect(cell === 0 || cell >= 5, `cell ${cell}`).toBe(true);
  });

  test("activities are counted by month for registered supporters only", async () => {
    const room = await createTestRoom();
    // Mid-month, so the visits a few minutes earlier fall in the same month whenever the test runs.
    const now = new Date("2026-11-15T03:00:00Z");
    const [supporter, bystander] = [await registerSupporter({ municipalityId: kusatsu }), await createTestUser()];
    for (let i = 0; i < 5; i++) await db.checkIn.create({ data: { userId: supporter.id, locationId: room.locationId, checkedInAt: new Date(now.getTime() - (i + 1) * 60_000), checkedOutAt: new Date(now.getTime() - i * 60_000) } });
    for (let i = 0; i < 7; i++) await db.checkIn.create({ data: { userId: bystander.id, locationId: room.locationId, checkedInAt: new Date(now.getTime() - (i + 1) * 60_000), checkedOutAt: new Date(now.getTime() - i * 60_000) } });
    const months = (await supporterFigures(now)).activitiesByMonth;
    expect(months).toHaveLength(12);
    expect(months.at(-1)!.activities).toBe(5);
  });

  test("the API answers JSON and CSV with the licence, no personal data, and 304 for a known ETag", async () => {
    const person = await registerSupporter({ municipalityId: kusatsu, kinds: ["ORIGIN"] });
    const user = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true, name: true } });
    const response = await figuresRoute(new Request("http://localhost/api/v1/supporters?x=%3Cscript%3E"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const text = await response.text();
    const body = JSON.parse(text) as { meta: { licence: { id: string }; suppressedBelow: number }; figures: { byMunicipality: unknown[] } };
    expect(body.meta).toMatchObject({ licence: { id: "PDL-1.0" }, suppressedBelow: 5 });
    expect(body.figures.byMunicipality).toHaveLength(35);
    for (const personal of [person.id, user.email, user.name, "userId", "email"]) expect(text).not.toContain(personal);

    const again = await figuresRoute(new Request("http://localhost/api/v1/supporters", { headers: { "If-None-Match": response.headers.get("etag")! } }));
    expect(again.status).toBe(304);

    const bytes = new Uint8Array(await (await figuresCsvRoute(new Request("http://localhost/api/v1/supporters.csv"))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("table,key,name_ja,name_en,count,suppressed\r\n")).toBe(true);
    expect(csv).toContain("municipality,kusatsu,草津町,Kusatsu,");
    for (const personal of [person.id, user.email, user.name]) expect(csv).not.toContain(personal);
    // A hidden cell is written without its value.
    const hiddenRows = csv.split("\r\n").filter((line) => line.endsWith(",true"));
    for (const line of hiddenRows) expect(line).toMatch(/,,true$/);
  });
});
