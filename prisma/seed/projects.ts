import { TZDate } from "@date-fns/tz";
import type { Database } from "../../lib/db";
import { INITIATIVES } from "./source-data";

/** Seed 002 (dated R5.11.2) lists these as initiatives that had started moving by then. */
const LISTED_AS_STARTED_AT = new TZDate(2023, 10, 2, 0, 0, 0, "Asia/Tokyo");
const COCREATION_KPI_CODE = "regional-vision-cocreation-initiatives";

export async function seedInitiatives(db: Database): Promise<void> {
  const areas = new Map((await db.area.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const municipalities = new Map(
    (await db.municipality.findMany({ select: { id: true, nameJa: true } })).map((m) => [m.nameJa, m.id]),
  );
  const kpi = await db.kpi.findUnique({ where: { code: COCREATION_KPI_CODE }, select: { id: true } });

  for (const initiative of INITIATIVES) {
    const lines = initiative.sources.map((s) => `seed ${s.seed} line ${s.line}`).join(", ");
    const data = {
      titleJa: initiative.nameJa,
      titleEn: initiative.nameEn,
      summaryJa:
        initiative.descriptionJa ??
        "未来共創ワークショップから動き始めた取組です。県の資料（令和5年11月）には名称のみが掲載されています。",
      summaryEn:
        initiative.descriptionJa !== null
          ? initiative.descriptionEn
          : "An initiative that started from the Future Co-creation Workshops. The prefecture's deck (November 2023) lists its name only.",
      kind: "INITIATIVE" as const,
      stage: "RUNNING" as const,
      areaId: initiative.area ? (areas.get(initiative.area) ?? null) : null,
      municipalityId: initiative.municipality ? (municipalities.get(initiative.municipality) ?? null) : null,
      runningSince: LISTED_AS_STARTED_AT,
      publishedAt: LISTED_AS_STARTED_AT,
      sourceNote: `${lines}. Stage and date inferred from the deck's date.`,
    };
    // Create-only: once a project exists, staff and its team own it, and a re-seed must not undo their edits.
    const project = await db.project.upsert({ where: { slug: initiative.code }, create: { slug: initiative.code, ...data }, update: {} });
    const timeline = await db.projectStageChange.count({ where: { projectId: project.id } });
    if (timeline === 0) {
      await db.projectStageChange.create({
        data: {
          projectId: project.id,
          toStage: "RUNNING",
          changedAt: LISTED_AS_STARTED_AT,
          note: "県資料「官民共創コミュニティの理念を活かした行政手法の導入」（R5.11.2）に、ワークショップから動き始めた取組例として掲載。",
        },
      });
    }
    if (kpi) {
      await db.projectKpi.upsert({
        where: { projectId_kpiId: { projectId: project.id, kpiId: kpi.id } },
        create: { projectId: project.id, kpiId: kpi.id },
        update: {},
      });
    }
  }
}
