import { TZDate } from "@date-fns/tz";
import type { Database } from "../../lib/db";
import { WORKSHOP_ROUNDS } from "./source-data";

const SESSION_KINDS = ["SDG_CARD_GAME", "ISSUE_STRUCTURE", "IDEATION"] as const;

/** The seed prints units and years but no dates: sessions get sample autumn dates, 13:30–16:30 JST. */
function sampleSchedule(year: number, unitIndex: number, sessionNumber: number) {
  const month = 8 + sessionNumber; // September, October, November
  const day = 6 + unitIndex * 7;
  return {
    startsAt: new TZDate(year, month - 1, day, 13, 30, 0, "Asia/Tokyo"),
    endsAt: new TZDate(year, month - 1, day, 16, 30, 0, "Asia/Tokyo"),
  };
}

export async function seedWorkshopHistory(db: Database): Promise<void> {
  const areas = await db.area.findMany({ select: { id: true, code: true, nameJa: true, nameEn: true } });
  const areaByCode = new Map(areas.map((a) => [a.code, a]));

  for (const round of WORKSHOP_ROUNDS) {
    for (const [unitIndex, unit] of round.units.entries()) {
      const unitAreas = unit.areaCodes.map((code) => {
        const area = areaByCode.get(code);
        if (!area) throw new Error(`Unknown area ${code}`);
        return area;
      });
      const slug = `${round.year}-${unit.areaCodes.join("-")}`;
      const data = {
        titleJa: `未来共創ワークショップ（${unit.labelJa}）`,
        titleEn: `Future Co-creation Workshop (${unitAreas.map((a) => a.nameEn).join(" / ")})`,
        year: round.year,
      };
      const series = await db.workshopSeries.upsert({
        where: { slug },
        create: { slug, ...data, areas: { connect: unitAreas.map((a) => ({ id: a.id })) } },
        update: { ...data, areas: { set: unitAreas.map((a) => ({ id: a.id })) } },
      });

      for (const session of round.sessions) {
        const kind = SESSION_KINDS[session.number - 1];
        if (!kind) throw new Error(`Unexpected session number ${session.number}`);
        const schedule = sampleSchedule(round.year, unitIndex, session.number);
        const sessionData = {
          kind,
          ...schedule,
          venueJa: `${unit.labelJa}地域の公民館（サンプル）`,
          venueEn: `A community hall in ${unitAreas.map((a) => a.nameEn).join(" / ")} (sample)`,
          capacity: 60,
          state: "CLOSED" as const,
          isDemo: true,
        };
        await db.workshopSession.upsert({
          where: { seriesId_number: { seriesId: series.id, number: session.number } },
          create: { seriesId: series.id, number: session.number, ...sessionData },
          update: sessionData,
        });
      }
    }
  }
}
