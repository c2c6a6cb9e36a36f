import { expect, test } from "vitest";
import { ALL_SDG_TARGET_CODES } from "@/prisma/seed/sdg-goals";
import kpisJson from "@/prisma/seed/data/kpis.json" with { type: "json" };

test("the 169 SDG targets, each code once, including every target the plan's KPIs cite", () => {
  expect(ALL_SDG_TARGET_CODES).toHaveLength(169);
  expect(new Set(ALL_SDG_TARGET_CODES).size).toBe(169);
  expect(ALL_SDG_TARGET_CODES.filter((c) => c.startsWith("17."))).toHaveLength(19);
  expect(ALL_SDG_TARGET_CODES).toEqual(expect.arrayContaining(["3.d", "8.10", "16.10", "12.c", "11.3"]));
  for (const kpi of kpisJson.kpis) for (const code of kpi.sdgTargets) expect(ALL_SDG_TARGET_CODES).toContain(code);
});
