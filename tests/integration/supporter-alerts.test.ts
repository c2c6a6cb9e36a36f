// Supporters who asked to hear about their places are told when a published project there opens a
// need, when a workshop is scheduled in the area and when NETSUGEN schedules an event: once each,
// never the team itself, never those who did not ask, and never for stale or past items.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { SUPPORTER_EVENT_KIND, SUPPORTER_NEED_KIND, SUPPORTER_WORKSHOP_KIND, tellSupporters } from "@/lib/supporters/alerts";
import { createTestUser, municipalityIds } from "./factories";

let kusatsu: number;
let takasaki: number;

beforeAll(async () => {
  [kusatsu, takasaki] = await municipalityIds("kusatsu", "takasaki");
});

async function supporter(options: { notify: boolean; municipalityId?: number; wholePrefecture?: boolean }) {
  const user = await createTestUser();
  await db.supporter.create({
    data: { userId: user.id, residence: 13, tieKinds: ["VISIT"], notifyConsent: options.notify, wholePrefecture: options.wholePrefecture ?? false, ties: options.municipalityId ? { create: { municipalityId: options.municipalityId } } : undefined },
  });
  return user;
}

async function projectIn(municipalityId: number | null, options: { published?: boolean } = {}) {
  return db.project.create({
    data: { slug: `p-${crypto.randomUUID().slice(0, 8)}`, titleJa: "湯畑のベンチ", summaryJa: "ベンチ", municipalityId, publishedAt: options.published === false ? null : new Date() },
    select: { id: true, slug: true },
  });
}

const toldAbout = (userId: string) => db.notification.findMany({ where: { userId, kind: SUPPORTER_NEED_KIND }, select: { payload: true } });

describe("telling supporters of a new need", () => {
  test("those tied to the place (or to Gunma as a whole) who asked are told once; the team, the silent and other places are not", async () => {
    const project = await projectIn(kusatsu);
    const [tied, silent, elsewhere, everywhere, teamMember] = [
      await supporter({ notify: true, municipalityId: kusatsu }),
      await supporter({ notify: false, municipalityId: kusatsu }),
      await supporter({ notify: true, municipalityId: takasaki }),
      await supporter({ notify: true, wholePrefecture: true }),
      await supporter({ notify: true, municipalityId: kusatsu }),
    ];
    await db.projectMember.create({ data: { projectId: project.id, userId: teamMember.id, role: "LEAD" } });
    await db.projectNeed.create({ data: { projectId: project.id, kind: "KEY_PERSON", titleJa: "ベンチを作れる大工さん" } });

    const first = await tellSupporters();
    expect(first.needs).toBe(1);
    expect(await toldAbout(tied.id)).toEqual([{ payload: { projectSlug: project.slug, projectTitle: "湯畑のベンチ", needTitle: "ベンチを作れる大工さん" } }]);
    expect(await toldAbout(everywhere.id)).toHaveLength(1);
    for (const person of [silent, elsewhere, teamMember]) expect(await toldAbout(person.id)).toEqual([]);
    // Mail at once by default, with the kind's subject.
    expect(await db.mailMessage.findFirst({ where: { userId: tied.id, kind: SUPPORTER_NEED_KIND }, select: { subject: true } })).toEqual({ subject: "【湯けむり】つながりのある地域のプロジェクトが協力を募集しています" });

    expect(await tellSupporters()).toEqual({ needs: 0, sessions: 0, events: 0, notified: 0 });
    expect(await toldAbout(tied.id)).toHaveLength(1);
  });

  test("two workers at once tell each supporter once", async () => {
    const project = await projectIn(takasaki);
    const person = await supporter({ notify: true, municipalityId: takasaki });
    await db.projectNeed.create({ data: { projectId: project.id, kind: "SKILLS", titleJa: "チラシのデザイン" } });
    const [a, b] = await Promise.all([tellSupporters(), tellSupporters()]);
    expect(a.needs + b.needs).toBe(1);
    expect(await toldAbout(person.id)).toHaveLength(1);
  });

  test("a need of an unpublished project, a met need, or one opened over a week ago is not announced", async () => {
    const person = await supporter({ notify: true, municipalityId: kusatsu });
    const draft = await projectIn(kusatsu, { published: false });
    const live = await projectIn(kusatsu);
    await db.projectNeed.create({ data: { projectId: draft.id, kind: "SPACE", titleJa: "下書きの募集" } });
    await db.projectNeed.create({ data: { projectId: live.id, kind: "SPACE", titleJa: "満たされた募集", status: "MET" } });
    await db.projectNeed.create({ data: { projectId: live.id, kind: "SPACE", titleJa: "古い募集", openedAt: new Date(Date.now() - 8 * 24 * 3_600_000) } });
    await tellSupporters();
    expect(await toldAbout(person.id)).toEqual([]);
  });

  test("a project with only an area reaches supporters tied to any municipality in it", async () => {
    const area = await db.municipality.findUniqueOrThrow({ where: { id: kusatsu }, select: { areaId: true } });
    const project = await db.project.create({ data: { slug: `a-${crypto.randomUUID().slice(0, 8)}`, titleJa: "吾妻の移動販売", summaryJa: "販売", areaId: area.areaId, publishedAt: new Date() } });
    const person = await supporter({ notify: true, municipalityId: kusatsu });
    await db.projectNeed.create({ data: { projectId: project.id, kind: "PARTNERS", titleJa: "協力店" } });
    await tellSupporters();
    expect(await toldAbout(person.id)).toHaveLength(1);
  });

  test("an upcoming workshop session reaches supporters tied to a municipality of its series' areas, once", async () => {
    const area = await db.municipality.findUniqueOrThrow({ where: { id: kusatsu }, select: { areaId: true } });
    const series = await db.workshopSeries.create({ data: { slug: `s-${crypto.randomUUID().slice(0, 8)}`, titleJa: "吾妻の未来", titleEn: "Agatsuma's future", year: 2027, areas: { connect: { id: area.areaId } } } });
    const startsAt = new Date(Date.now() + 14 * 24 * 3_600_000);
    await db.workshopSession.create({ data: { seriesId: series.id, number: 1, kind: "SDG_CARD_GAME", startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), venueJa: "草津町役場", capacity: 40 } });
    const [near, far] = [await supporter({ notify: true, municipalityId: kusatsu }), await supporter({ notify: true, municipalityId: takasaki })];
    const outcome = await tellSupporters();
    expect(outcome.sessions).toBe(1);
    expect(await db.notification.findMany({ where: { userId: near.id, kind: SUPPORTER_WORKSHOP_KIND }, select: { payload: true } })).toEqual([
      { payload: { seriesSlug: series.slug, seriesTitle: "吾妻の未来", number: "1", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } },
    ]);
    expect(await db.notification.count({ where: { userId: far.id, kind: SUPPORTER_WORKSHOP_KIND } })).toBe(0);
    expect((await tellSupporters()).sessions).toBe(0);
  });

  test("an upcoming public NETSUGEN event reaches supporters tied to 前橋市; a private or past one reaches no one", async () => {
    const [maebashi] = await municipalityIds("maebashi");
    const location = await db.spaceLocation.create({ data: { code: `loc-${crypto.randomUUID().slice(0, 8)}`, nameJa: "32階", nameEn: "32F", buildingJa: "県庁", buildingEn: "Office", floor: 32 } });
    const event = (title: string, startsAt: Date, isPublic = true) =>
      db.event.create({ data: { slug: `e-${crypto.randomUUID().slice(0, 8)}`, titleJa: title, descriptionJa: "説明", kind: "SEMINAR", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: 30, locationId: location.id, isPublic } });
    const soon = new Date(Date.now() + 3 * 24 * 3_600_000);
    await event("共創セミナー", soon);
    await event("内部の打合せ", soon, false);
    await event("終わった会", new Date(Date.now() - 24 * 3_600_000));
    const person = await supporter({ notify: true, municipalityId: maebashi });
    await tellSupporters();
    expect((await db.notification.findMany({ where: { userId: person.id, kind: SUPPORTER_EVENT_KIND }, select: { payload: true } })).map((n) => (n.payload as { eventTitle: string }).eventTitle)).toEqual(["共創セミナー"]);
  });
});

