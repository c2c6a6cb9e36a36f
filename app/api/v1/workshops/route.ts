import { publicWorkshops } from "@/lib/workshops/exports";

export const dynamic = "force-dynamic";

/** Public open data: series, sessions and their outcomes. No personal data. */
export async function GET() {
  const series = await publicWorkshops();
  return Response.json({ series }, { headers: { "Cache-Control": "public, max-age=60" } });
}
