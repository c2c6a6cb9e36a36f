import { JSON_CONTENT_TYPE, openDataResponse } from "@/lib/http/open-data-response";
import { apiMeta, toApiGoal } from "@/lib/kpis/open-data";
import { getDashboardData } from "@/lib/kpis/public";
import { rollupByGoal } from "@/lib/kpis/rollup";

/** The 17 goals, each with how many KPIs are in each grade and how many have data. */
export async function GET(request: Request) {
  const data = await getDashboardData();
  const byGoal = rollupByGoal(data.kpis);
  const body = JSON.stringify({
    meta: apiMeta(data.kpis, data.asOfFiscalYear),
    data: data.goals.map((goal) => toApiGoal(goal, byGoal.get(goal.number)!)),
  });
  return openDataResponse(request, body, JSON_CONTENT_TYPE);
}
