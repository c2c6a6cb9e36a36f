import type { Database } from "../../lib/db";
import { SDG_GOALS } from "./sdg-goals";
import { KPIS } from "./source-data";

export async function seedSdgs(db: Database): Promise<void> {
  for (const goal of SDG_GOALS) {
    await db.sdgGoal.upsert({ where: { number: goal.number }, create: { ...goal }, update: { ...goal } });
  }
  // The plan prints target codes only; their text is left for staff to add.
  const targetCodes = new Set(KPIS.flatMap((k) => k.sdgTargets));
  for (const code of targetCodes) {
    const goalNumber = Number(code.split(".")[0]);
    await db.sdgTarget.upsert({ where: { code }, create: { code, goalNumber }, update: { goalNumber } });
  }
}
