import { overviewJson } from "@/lib/netsugen/api";
import { getNetsugenOverview } from "@/lib/netsugen/queries";

export const dynamic = "force-dynamic";

/** Hours today and this week (with holidays), plans and fees, occupancy now, upcoming events. */
export async function GET() {
  const now = new Date();
  const overview = await getNetsugenOverview(now);
  if (!overview) return Response.json({ error: { code: "not_found" } }, { status: 404 });
  // Occupancy changes by the minute; a short shared cache is enough to absorb a busy lobby screen.
  return Response.json(overviewJson(overview, now), { headers: { "Cache-Control": "public, max-age=30" } });
}
