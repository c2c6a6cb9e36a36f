// A municipality's register of supporters for staff: only those who consented, only that
// municipality's, every download audited, and nothing for anyone but staff.
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { GET as exportRoute } from "@/app/(staff)/staff/supporters/export/route";
import { db } from "@/lib/db";
import { signInAs } from "../support/next-request";
import { createTestUser, municipalityIds } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));

let kusatsu: number;
let takasaki: number;

beforeAll(async () => {
  [kusatsu, takasaki] = await municipalityIds("kusatsu", "takasaki");
});

beforeEach(() => signInAs(null));

async function supporter(name: string, options: { consent: boolean; municipalityId?: number; wholePrefecture?: boolean }) {
  const user = await db.user.create({ data: { email: `${crypto.randomUUID().slice(0, 8)}@example.jp`, name, passwordHash: "!", emailConfirmedAt: new Date() } });
  await db.supporter.create({
    data: { userId: user.id, residence: 13, tieKinds: ["ORIGIN", "VISIT"], registerConsent: options.consent, wholePrefecture: options.wholePrefecture ?? false, ties: options.municipalityId ? { create: { municipalityId: options.municipalityId } } : undefined },
  });
  return user;
}

const get = (query: string) => exportRoute(new Request(`http://localhost/staff/supporters/export${query}`));

describe("the supporter register", () => {
  test("lists only consenting supporters of that municipality, in the documented columns, and audits the download", async () => {
    const staff = await createTestUser(["STAFF"]);
    const included = await supporter("草津 湯子", { consent: true, municipalityId: kusatsu });
    await supporter("同意 なし", { consent: false, municipalityId: kusatsu });
    await supporter("高崎 だけ", { consent: true, municipalityId: takasaki });
    signInAs(staff.id);
    const response = await get("?municipality=kusatsu");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="supporter-register-kusatsu.csv"');
    const lines = new TextDecoder().decode(await response.arrayBuffer()).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("name,email,residence,tie_kinds,whole_prefecture,municipalities,registered_at");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^草津 湯子,${included.email},東京都,出身・訪問,no,草津町,\\d{4}-`));
    expect(await db.auditLog.findFirst({ where: { action: "supporter.register.export", actorId: staff.id, subjectId: "kusatsu" }, select: { after: true } })).toEqual({ after: { rows: 1 } });
  });

  test("the prefecture-wide register lists those tied to Gunma as a whole", async () => {
    const staff = await createTestUser(["ADMIN"]);
    await supporter("県 全体", { consent: true, wholePrefecture: true });
    signInAs(staff.id);
    const text = await (await get("?municipality=prefecture")).text();
    expect(text).toContain("県 全体");
    expect(text).not.toContain("草津 湯子");
  });

  test("residents and visitors are refused, and hostile or unknown codes answer 400 or 404 without an audit row", async () => {
    const resident = await createTestUser();
    expect((await get("?municipality=kusatsu")).status).toBe(401);
    signInAs(resident.id);
    expect((await get("?municipality=kusatsu")).status).toBe(403);
    const staff = await createTestUser(["STAFF"]);
    signInAs(staff.id);
    const before = await db.auditLog.count({ where: { action: "supporter.register.export" } });
    for (const hostile of ["", "?municipality=", "?municipality=%00", "?municipality=kusatsu%27--", `?municipality=${"a".repeat(5_000)}`, "?municipality=../../etc"]) {
      expect((await get(hostile)).status, hostile).toBe(400);
    }
    expect((await get("?municipality=atlantis")).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "supporter.register.export" } })).toBe(before);
  });
});
