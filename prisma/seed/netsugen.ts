import type { Database } from "../../lib/db";
import { NETSUGEN, type PlanJson } from "./source-data";
import { citation } from "./sources";

const PLAN_KIND = {
  "corporate-monthly": "CORPORATE_MONTHLY",
  "individual-monthly": "INDIVIDUAL_MONTHLY",
  "individual-hourly": "DROP_IN",
} as const;

// Fairness caps are the platform's policy, not the plan document's: staff can change them.
const PLAN_CAPS: Record<keyof typeof PLAN_KIND, { maxFutureBookings: number; maxRoomMinutesPerWeek: number }> = {
  "corporate-monthly": { maxFutureBookings: 10, maxRoomMinutesPerWeek: 600 },
  "individual-monthly": { maxFutureBookings: 6, maxRoomMinutesPerWeek: 360 },
  "individual-hourly": { maxFutureBookings: 3, maxRoomMinutesPerWeek: 180 },
};

export const NETSUGEN_LOCATION_CODE = "netsugen-32f";

/** Sample rooms: the plan documents list the facilities but not their rooms or rules. */
const DEMO_RESOURCES = [
  {
    slug: "coworking",
    kind: "COWORKING",
    nameJa: "コワーキングエリア",
    nameEn: "Coworking area",
    descriptionJa: "自由席のコワーキングエリア。電源・Wi-Fi完備。",
    descriptionEn: "Open-seating coworking area with power and Wi-Fi.",
    capacity: 40,
    equipment: ["Wi-Fi", "電源"],
    minMinutes: 30, maxMinutes: 660, bufferBeforeMinutes: 0, bufferAfterMinutes: 0,
    advanceDays: 14, requiresApproval: false, cancelDeadlineMinutes: 0,
  },
  {
    slug: "meeting-room-a",
    kind: "MEETING_ROOM",
    nameJa: "会議室A",
    nameEn: "Meeting room A",
    descriptionJa: "6人用の会議室。モニター付き。",
    descriptionEn: "Meeting room for six, with a display.",
    capacity: 6,
    equipment: ["モニター", "ホワイトボード"],
    minMinutes: 30, maxMinutes: 180, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
    advanceDays: 30, requiresApproval: false, cancelDeadlineMinutes: 60,
  },
  {
    slug: "meeting-room-b",
    kind: "MEETING_ROOM",
    nameJa: "会議室B",
    nameEn: "Meeting room B",
    descriptionJa: "10人用の会議室。ウェブ会議設備付き。",
    descriptionEn: "Meeting room for ten, with video-conferencing.",
    capacity: 10,
    equipment: ["モニター", "ウェブ会議カメラ", "ホワイトボード"],
    minMinutes: 30, maxMinutes: 240, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
    advanceDays: 30, requiresApproval: false, cancelDeadlineMinutes: 60,
  },
  {
    slug: "seminar-space",
    kind: "SEMINAR_SPACE",
    nameJa: "セミナースペース",
    nameEn: "Seminar space",
    descriptionJa: "最大60人のセミナー・ピッチイベント用スペース。利用には職員の承認が必要です。",
    descriptionEn: "Space for seminars and pitch events of up to 60 people. Staff approve each booking.",
    capacity: 60,
    equipment: ["プロジェクター", "マイク", "演台"],
    minMinutes: 60, maxMinutes: 480, bufferBeforeMinutes: 30, bufferAfterMinutes: 30,
    advanceDays: 90, requiresApproval: true, cancelDeadlineMinutes: 2880,
  },
  {
    slug: "tsulunos-studio",
    kind: "STUDIO",
    nameJa: "動画・放送スタジオ tsulunos",
    nameEn: "tsulunos video and broadcast studio",
    descriptionJa: "県の動画・放送スタジオ「tsulunos」。配信・収録に利用できます。利用には職員の承認が必要です。",
    descriptionEn: "The prefecture's video and broadcast studio, for streaming and recording. Staff approve each booking.",
    capacity: 8,
    equipment: ["カメラ", "照明", "配信機材"],
    minMinutes: 60, maxMinutes: 240, bufferBeforeMinutes: 30, bufferAfterMinutes: 30,
    advanceDays: 60, requiresApproval: true, cancelDeadlineMinutes: 1440,
  },
] as const;

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

const planData = (plan: PlanJson) => ({
  nameJa: plan.nameJa,
  nameEn: plan.nameEn,
  kind: PLAN_KIND[plan.code as keyof typeof PLAN_KIND],
  priceJpy: plan.priceJpy,
  per: plan.per === "month" ? ("MONTH" as const) : ("HOUR" as const),
  dailyCapJpy: plan.dailyCapJpy ?? null,
  ...PLAN_CAPS[plan.code as keyof typeof PLAN_KIND],
  sourceNote: citation("ja", [plan.source]),
});

export async function seedNetsugen(db: Database): Promise<void> {
  const loc = NETSUGEN.location;
  const locationData = {
    nameJa: "NETSUGEN 32階",
    nameEn: "NETSUGEN, 32nd floor",
    buildingJa: loc.buildingJa,
    buildingEn: loc.buildingEn,
    floor: loc.floor,
  };
  const { id: locationId } = await db.spaceLocation.upsert({
    where: { code: NETSUGEN_LOCATION_CODE },
    create: { code: NETSUGEN_LOCATION_CODE, ...locationData },
    update: locationData,
  });

  for (const hours of NETSUGEN.hours) {
    const dayType = hours.daysEn === "weekdays" ? ("WEEKDAY" as const) : ("WEEKEND_OR_HOLIDAY" as const);
    const data = {
      opensMinute: toMinutes(hours.open),
      closesMinute: toMinutes(hours.close),
      sourceNote: `${hours.daysJa} ${hours.open}〜${hours.close}（${citation("ja", [hours.source])}）`,
    };
    await db.openingHours.upsert({
      where: { locationId_dayType: { locationId, dayType } },
      create: { locationId, dayType, ...data },
      update: data,
    });
  }

  for (const plan of NETSUGEN.plans) {
    const data = planData(plan);
    await db.membershipPlan.upsert({ where: { code: plan.code }, create: { code: plan.code, ...data }, update: data });
  }

  for (const resource of DEMO_RESOURCES) {
    const data = { ...resource, equipment: [...resource.equipment], locationId, isDemo: true };
    await db.spaceResource.upsert({ where: { slug: resource.slug }, create: data, update: data });
  }
}
