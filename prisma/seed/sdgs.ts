import type { Database } from "../../lib/db";
import { ALL_SDG_TARGET_CODES, SDG_GOALS } from "./sdg-goals";
import { KPIS } from "./source-data";

export async function seedSdgs(db: Database): Promise<void> {
  for (const goal of SDG_GOALS) {
    await db.sdgGoal.upsert({ where: { number: goal.number }, create: { ...goal }, update: { ...goal } });
  }
  // All 169 target codes, so ideas and projects can be tagged with any of them; the plan prints
  // codes only, and their text is left for staff to add.
  const targetCodes = new Set([...ALL_SDG_TARGET_CODES, ...KPIS.flatMap((k) => k.sdgTargets)]);
  await db.sdgTarget.createMany({
    data: [...targetCodes].map((code) => ({ code, goalNumber: Number(code.split(".")[0]) })),
    skipDuplicates: true,
  });
}
