// 関係人口: registering as a supporter from anywhere, the activity ledger read from what the person
// did, and the tier it gives. Called as Next.js calls the actions; only the request is simulated.
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { deleteAccountAction } from "@/app/(account)/account/actions";
import { saveSupporterAction, withdrawSupporterAction } from "@/app/(account)/account/supporter/actions";
import { exportPersonalData } from "@/lib/account/queries";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { activityLedger } from "@/lib/supporters/ledger";
import { supporterStanding } from "@/lib/supporters/queries";
import { redirectOf, request, signInAs } from "../support/next-request";
import { createTestRoom, createTestUser, municipalityIds } from "./factories";
import { createTestSession } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const TOKYO = "13";
let kusatsu: number;
let maebashi: number;

beforeAll(async () => {
  [kusatsu, maebashi] = await municipalityIds("kusatsu", "maebashi");
});

beforeEach(() => {
  signInAs(null);
  request.revalidated.length = 0;
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const registration = (overrides: Record<string, string | string[]> = {}) =>
  form({ residence: TOKYO, municipalityIds: [String(kusatsu)], tieKinds: ["VISIT", "FURUSATO_TAX"], notifyConsent: "on", ...overrides });

async function supporterRows() {
  const [supporters, ties] = await Promise.all([db.supporter.count(), db.supporterTie.count()]);
  return { supporters, ties };
}

describe("registering as a supporter", () => {
  test("someone living in 東京都 registers a tie to 草津町 in one form; the audit log records it", async () => {
    const person = await createTestUser();
    signInAs(person.id);
    await expect(saveSupporterAction(null, registration())).resolves.toEqual({ ok: true, data: { registered: true } });
    const saved = await db.supporter.findUniqueOrThrow({ where: { userId: person.id }, include: { ties: true } });
    expect(saved).toMatchObject({ residence: 13, wholePrefecture: false, tieKinds: ["VISIT", "FURUSATO_TAX"], notifyConsent: true, registerConsent: false });
    expect(saved.ties.map((t) => t.municipalityId)).toEqual([kusatsu]);
    expect(await db.auditLog.count({ where: { action: "supporter.register", actorId: person.id, subjectId: person.id } })).toBe(1);
    expect(request.revalidated).toContain("/account/supporter");
  });

  test("saving again replaces the places, kinds and consents, and is audited as a change", async () => {
    const person = await createTestUser();
    signInAs(person.id);
    await saveSupporterAction(null, registration());
    const changed = await saveSupporterAction(null, form({ residence: "10", municipalityIds: [String(maebashi)], wholePrefecture: "on", tieKinds: ["ORIGIN"], registerConsent: "on" }));
    expect(changed).toEqual({ ok: true, data: { registered: false } });
    const saved = await db.supporter.findUniqueOrThrow({ where: { userId: person.id }, include: { ties: true } });
    expect(saved).toMatchObject({ residence: 10, wholePrefecture: true, tieKinds: ["ORIGIN"], notifyConsent: false, registerConsent: true });
    expect(saved.ties.map((t) => t.municipalityId)).toEqual([maebashi]);
    expect(await db.auditLog.count({ where: { action: "supporter.update", subjectId: person.id } })).toBe(1);
  });

  test("abroad, and a tie to the prefecture as a whole only, are both enough", async () => {
    const person = await createTestUser();
    signInAs(person.id);
    await expect(saveSupporterAction(null, form({ residence: "0", wholePrefecture: "on", tieKinds: ["CONNECTION"] }))).resolves.toMatchObject({ ok: true });
    expect(await db.supporterTie.count({ where: { supporterId: person.id } })).toBe(0);
  });

  test.each([
    ["no residence", { residence: "" }, "residence", "supporterErrors.chooseResidence"],
    ["a prefecture code that does not exist", { residence: "48" }, "residence", "supporterErrors.chooseResidence"],
    ["a negative code", { residence: "-1" }, "residence", "supporterErrors.chooseResidence"],
    ["an oversized residence", { residence: "1".repeat(10_000) }, "residence", "supporterErrors.chooseResidence"],
    ["no place at all", { municipalityIds: [] }, "municipalityIds", "supporterErrors.choosePlace"],
    ["a municipality id that does not exist", { municipalityIds: ["999999"] }, "municipalityIds", "errors.invalidChoice"],
    ["a municipality id that is SQL", { municipalityIds: ["1 OR 1=1"] }, "municipalityIds", "errors.invalidChoice"],
    ["more municipalities than there are", { municipalityIds: Array.from({ length: 36 }, (_, i) => String(i + 1)) }, "municipalityIds", "errors.invalidChoice"],
    ["no kind of tie", { tieKinds: [] }, "tieKinds", "supporterErrors.chooseTieKind"],
    ["a kind of tie that does not exist", { tieKinds: ["SPY"] }, "tieKinds", "errors.invalidChoice"],
    ["a consent that is not a tick", { notifyConsent: "<script>alert(1)</script>" }, "notifyConsent", "errors.invalidChoice"],
  ])("%s is refused with a message on its field, and nothing is written", async (_, overrides, field, message) => {
    const person = await createTestUser();
    signInAs(person.id);
    const before = await supporterRows();
    const result = await saveSupporterAction(null, registration(overrides));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[field]?.[0]).toBe(message);
    expect(await supporterRows()).toEqual(before);
  });

  test("a signed-out visitor is refused; a userId in the form changes nothing for anyone else", async () => {
    const before = await supporterRows();
    await expect(saveSupporterAction(null, registration())).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    expect(await supporterRows()).toEqual(before);

    const [person, other] = await Promise.all([createTestUser(), createTestUser()]);
    signInAs(person.id);
    await saveSupporterAction(null, registration({ userId: other.id }));
    expect(await db.supporter.findUnique({ where: { userId: other.id } })).toBeNull();
    expect(await db.supporter.findUnique({ where: { userId: person.id } })).not.toBeNull();
  });

  test("withdrawing needs the tick, deletes the registration and its ties, and is audited", async () => {
    const person = await createTestUser();
    signInAs(person.id);
    await saveSupporterAction(null, registration());
    await expect(withdrawSupporterAction(null, form({}))).resolves.toMatchObject({ ok: false, fieldErrors: { confirm: ["supporterErrors.confirmWithdraw"] } });
    await expect(withdrawSupporterAction(null, form({ confirm: "on" }))).resolves.toEqual({ ok: true, data: undefined });
    expect(await db.supporter.findUnique({ where: { userId: person.id } })).toBeNull();
    expect(await db.supporterTie.count({ where: { supporterId: person.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "supporter.withdraw", subjectId: person.id } })).toBe(1);
    await expect(withdrawSupporterAction(null, form({ confirm: "on" }))).resolves.toEqual({ ok: false, error: "supporterErrors.notRegistered" });
  });

  test("the personal-data download includes the registration", async () => {
    const person = await createTestUser();
    signInAs(person.id);
    await saveSupporterAction(null, registration());
    const data = await exportPersonalData(person.id);
    expect(data.supporter).toMatchObject({ residence: 13, tieKinds: ["VISIT", "FURUSATO_TAX"], notifyConsent: true, ties: ["草津町"] });
  });
});

describe("the activity ledger and the tier", () => {
  test("each kind of activity appears with its date and place, newest first, and the third makes a 担い手", async () => {
    const person = await createTestUser();
    signInAs(person.id);
    await saveSupporterAction(null, registration());
    const now = new Date();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    expect((await supporterStanding(person.id, now))!).toMatchObject({ tier: "supporter", recent: 0, threshold: 3, ledger: [] });

    // A workshop joined with the account.
    const session = await createTestSession({ kind: "IDEATION" });
    await db.workshopParticipant.create({ data: { sessionId: session.id, userId: person.id, nickname: "くさつ", affiliation: "OTHER", joinedAt: daysAgo(40) } });
    // An offer of help that the project's lead accepted, on a project in 草津町.
    const project = await db.project.create({ data: { slug: `onsen-${crypto.randomUUID().slice(0, 8)}`, titleJa: "湯畑の清掃", summaryJa: "清掃", municipalityId: kusatsu } });
    const need = await db.projectNeed.create({ data: { projectId: project.id, kind: "SKILLS", titleJa: "清掃の手伝い" } });
    await db.supportOffer.create({ data: { projectId: project.id, needId: need.id, userId: person.id, message: "手伝います", status: "ACCEPTED", decidedAt: daysAgo(20) } });
    // An offer still pending is not an activity.
    await db.supportOffer.create({ data: { projectId: project.id, needId: need.id, userId: person.id, message: "もう一度", status: "PENDING" } });

    let standing = (await supporterStanding(person.id, now))!;
    expect(standing.ledger.map((e) => [e.kind, e.place?.nameJa ?? null])).toEqual([
      ["offerAccepted", "草津町"],
      ["workshop", "テスト地域"],
    ]);
    expect(standing).toMatchObject({ tier: "supporter", recent: 2 });

    // A NETSUGEN check-in: NETSUGEN is in 前橋市.
    const room = await createTestRoom();
    await db.checkIn.create({ data: { userId: person.id, locationId: room.locationId, checkedInAt: daysAgo(2) } });
    standing = (await supporterStanding(person.id, now))!;
    expect(standing.ledger[0]).toMatchObject({ kind: "checkIn", place: { nameJa: "前橋市" } });
    expect(standing).toMatchObject({ tier: "core", recent: 3 });
  });

  test("team membership, an attended event and an answered idea count; an event only registered for does not", async () => {
    const person = await createTestUser();
    const project = await db.project.create({ data: { slug: `team-${crypto.randomUUID().slice(0, 8)}`, titleJa: "空き家の再生", summaryJa: "再生" } });
    await db.projectMember.create({ data: { projectId: project.id, userId: person.id, role: "MEMBER" } });
    const room = await createTestRoom();
    const event = await db.event.create({
      data: { slug: `ev-${crypto.randomUUID().slice(0, 8)}`, titleJa: "交流会", descriptionJa: "交流", kind: "FORUM", startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), capacity: 20, locationId: room.locationId },
    });
    await db.eventRegistration.create({ data: { eventId: event.id, userId: person.id, name: "参加者", status: "REGISTERED" } });
    await db.idea.create({ data: { title: "足湯のベンチ", description: "ベンチを", authorId: person.id, status: "ACCEPTED", answer: "検討します", answerPublishedAt: new Date(), municipalityId: kusatsu } });
    expect((await activityLedger(person.id)).map((e) => e.kind).sort()).toEqual(["ideaAnswered", "team"]);

    await db.eventRegistration.updateMany({ where: { eventId: event.id, userId: person.id }, data: { checkedInAt: new Date() } });
    const ledger = await activityLedger(person.id);
    expect(ledger.map((e) => e.kind).sort()).toEqual(["event", "ideaAnswered", "team"]);
    expect(ledger.find((e) => e.kind === "ideaAnswered")?.place?.nameJa).toBe("草津町");
    // Someone else's activities are never in the ledger.
    const other = await createTestUser();
    expect(await activityLedger(other.id)).toEqual([]);
  });

  test("someone who has not registered has no standing; deleting the account deletes the registration", async () => {
    const person = await createTestUser(["RESIDENT"], { passwordHash: await hashPassword("correct horse battery") });
    expect(await supporterStanding(person.id)).toBeNull();
    signInAs(person.id);
    await saveSupporterAction(null, registration());
    expect(await supporterStanding(person.id)).not.toBeNull();
    expect(await redirectOf(() => deleteAccountAction(null, form({ password: "correct horse battery", confirm: "on" })))).toBe("/account/deleted");
    expect(await db.supporter.findUnique({ where: { userId: person.id } })).toBeNull();
    expect(await db.supporterTie.count({ where: { supporterId: person.id } })).toBe(0);
  });
});
