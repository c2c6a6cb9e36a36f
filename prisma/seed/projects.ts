import { TZDate } from "@date-fns/tz";
import type { Database } from "../../lib/db";
import { INITIATIVES } from "./source-data";
import { citation } from "./sources";

/** Seed 002 (dated R5.11.2) lists these as initiatives that had started moving by then. */
const LISTED_AS_STARTED_AT = new TZDate(2023, 10, 2, 0, 0, 0, "Asia/Tokyo");
const COCREATION_KPI_CODE = "regional-vision-cocreation-initiatives";

/** English summaries where the curated one is a curator's draft that still quotes the Japanese. */
const SUMMARY_EN: Record<string, string> = {
  "oze-no-sato-club":
    "A community that thinks about the future of Katashina village, born out of the Future Co-creation Workshops. In December 2022 it held a logo-making workshop with local residents.",
};

export async function seedInitiatives(db: Database): Promise<void> {
  const areas = new Map((await db.area.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const municipalities = new Map(
    (await db.municipality.findMany({ select: { id: true, nameJa: true } })).map((m) => [m.nameJa, m.id]),
  );
  const kpi = await db.kpi.findUnique({ where: { code: COCREATION_KPI_CODE }, select: { id: true } });

  for (const initiative of INITIATIVES) {
    const data = {
      titleJa: initiative.nameJa,
      titleEn: initiative.nameEn,
      summaryJa:
        initiative.descriptionJa ??
        "未来共創ワークショップから動き始めた取組です。県の資料（令和5年11月）には名称のみが掲載されています。",
      summaryEn:
        SUMMARY_EN[initiative.code] ??
        (initiative.descriptionJa !== null
          ? initiative.descriptionEn
          : "An initiative that started from the Future Co-creation Workshops. The prefecture's deck (November 2023) lists its name only."),
      kind: "INITIATIVE" as const,
      stage: "RUNNING" as const,
      areaId: initiative.area ? (areas.get(initiative.area) ?? null) : null,
      municipalityId: initiative.municipality ? (municipalities.get(initiative.municipality) ?? null) : null,
      runningSince: LISTED_AS_STARTED_AT,
      publishedAt: LISTED_AS_STARTED_AT,
    };
    // The stage and its date are inferred from the deck's date; the citation says where it lists the initiative.
    const sources = { sourceNote: citation("ja", initiative.sources), sourceNoteEn: citation("en", initiative.sources) };
    // Create-only, but for the citation: once a project exists, staff and its team own it, and a
    // re-seed must not undo their edits. Nobody edits the citation, and older seeds wrote a curator's one.
    const existing = await db.project.findUnique({ where: { slug: initiative.code }, select: { id: true, sourceNote: true, sourceNoteEn: true } });
    const project = existing ?? (await db.project.create({ data: { slug: initiative.code, ...data, ...sources }, select: { id: true } }));
    // Only when it differs, so that a second seed changes nothing (updatedAt included).
    if (existing && (existing.sourceNote !== sources.sourceNote || existing.sourceNoteEn !== sources.sourceNoteEn)) {
      await db.project.update({ where: { id: existing.id }, data: sources });
    }
    const timeline = await db.projectStageChange.count({ where: { projectId: project.id } });
    if (timeline === 0) {
      await db.projectStageChange.create({
        data: {
          projectId: project.id,
          toStage: "RUNNING",
          changedAt: LISTED_AS_STARTED_AT,
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
