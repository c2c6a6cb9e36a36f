import type { Database } from "../../lib/db";
import { AREAS, MUNICIPALITIES } from "./source-data";

const KIND = { city: "CITY", town: "TOWN", village: "VILLAGE" } as const;

/** Municipality codes are the Hepburn romaji, lower-cased (all 35 are distinct). */
export function municipalityCode(romaji: string): string {
  return romaji.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

export async function seedRegions(db: Database): Promise<void> {
  for (const area of AREAS) {
    const data = {
      nameJa: area.nameJa,
      nameEn: area.romaji,
      kana: area.kana,
      workshopYear: area.workshopYear,
    };
    await db.area.upsert({ where: { code: area.code }, create: { code: area.code, ...data }, update: data });
  }
  const areaIds = new Map((await db.area.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  for (const m of MUNICIPALITIES) {
    const areaId = areaIds.get(m.area);
    if (areaId === undefined) throw new Error(`Unknown area ${m.area} for ${m.nameJa}`);
    const code = municipalityCode(m.romaji);
    const data = { nameJa: m.nameJa, nameEn: m.romaji, kana: m.kana, kind: KIND[m.kind], district: m.district, areaId };
    await db.municipality.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
}
