import { spaceJson } from "@/lib/netsugen/api";
import { listSpaces } from "@/lib/netsugen/queries";

export const dynamic = "force-dynamic";

/** Every bookable space with its booking rules. */
export async function GET() {
  const spaces = await listSpaces();
  return Response.json({ spaces: spaces.map(spaceJson) }, { headers: { "Cache-Control": "public, max-age=300" } });
}
