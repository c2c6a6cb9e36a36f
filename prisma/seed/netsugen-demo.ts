// Labelled demo content for NETSUGEN: a second member (pay-as-you-go, so the drop-in fee and
// "someone else booked it" can be shown) and a few public events. Create-only: a second run, or
// an edit made in the app, is never overwritten.
import type { Database } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { NETSUGEN_LOCATION_CODE } from "./netsugen";

export const NETSUGEN_DEMO_MEMBER = {
  email: "member2@demo.yukemuri.example",
  password: "yukemuri-member2-2026",
  name: "利根 みなと（デモ）",
} as const;

// The plan documents name the programmes but print no dates: these dates are samples.
const DEMO_EVENTS = [
  {
    slug: "demo-dx-seminar-2027-01",
    titleJa: "県内産業のＤＸ推進セミナー（デモ）",
    titleEn: "DX promotion seminar for local industry (demo)",
    descriptionJa: "県内産業のＤＸ推進プログラムのセミナー。日程はデモです。",
    descriptionEn: "A seminar of the DX promotion programme. The date is a sample.",
    kind: "SEMINAR",
    startsAt: "2027-01-20T14:00:00+09:00",
    endsAt: "2027-01-20T16:00:00+09:00",
    capacity: 60,
  },
  {
    slug: "demo-startup-pitch-2027-02",
    titleJa: "スタートアップ ピッチイベント（デモ）",
    titleEn: "Startup pitch event (demo)",
    descriptionJa: "スタートアップ企業支援プログラムの事業発表会。日程はデモです。",
    descriptionEn: "Business presentations of the startup support programme. The date is a sample.",
    kind: "PITCH",
    startsAt: "2027-02-17T18:00:00+09:00",
    endsAt: "2027-02-17T20:00:00+09:00",
    capacity: 40,
  },
] as const;

export async function seedNetsugenDemo(db: Database): Promise<void> {
  let member = await db.user.findUnique({ where: { email: NETSUGEN_DEMO_MEMBER.email }, select: { id: true } });
  if (!member) {
    member = await db.user.create({
      data: {
        email: NETSUGEN_DEMO_MEMBER.email,
        name: NETSUGEN_DEMO_MEMBER.name,
        roles: ["RESIDENT", "MEMBER"],
        isDemo: true,
        emailConfirmedAt: new Date(),
        passwordHash: await hashPassword(NETSUGEN_DEMO_MEMBER.password),
      },
      select: { id: true },
    });
  }
  if ((await db.membership.count({ where: { holderId: member.id } })) === 0) {
    const plan = await db.membershipPlan.findUniqueOrThrow({ where: { code: "individual-hourly" }, select: { id: true } });
    await db.membership.create({
      data: { holderId: member.id, planId: plan.id, status: "ACTIVE", startsOn: new Date("2026-04-01"), isDemo: true },
    });
  }

  const location = await db.spaceLocation.findUniqueOrThrow({ where: { code: NETSUGEN_LOCATION_CODE }, select: { id: true } });
  const seminar = await db.spaceResource.findUnique({ where: { slug: "seminar-space" }, select: { id: true } });
  for (const event of DEMO_EVENTS) {
    await db.event.upsert({
      where: { slug: event.slug },
      create: {
        ...event,
        startsAt: new Date(event.startsAt),
        endsAt: new Date(event.endsAt),
        locationId: location.id,
        resourceId: seminar?.id ?? null,
        isPublic: true,
        isDemo: true,
        // Seeded, not announced to the demo supporters.
        supportersToldAt: new Date(),
      },
      update: {},
    });
  }
}
