import { apiError } from "@/lib/netsugen/api-errors";
import { dayJson, intervalsJson, spaceJson } from "@/lib/netsugen/api";
import { getSpaceAvailability } from "@/lib/netsugen/queries";
import { dateKeySchema, resourceSlugSchema } from "@/lib/netsugen/schemas";

export const dynamic = "force-dynamic";

/** Free and busy intervals of one space on one Tokyo day (?date=YYYY-MM-DD). No member data. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const date = dateKeySchema.safeParse(new URL(request.url).searchParams.get("date") ?? undefined);
  if (!date.success) return apiError(request, 400, "netsugen.errors.invalidDate");
  if (!resourceSlugSchema.safeParse(slug).success) return apiError(request, 404, "netsugen.errors.unknownResource");
  const availability = await getSpaceAvailability(slug, date.data);
  if (!availability) return apiError(request, 404, "netsugen.errors.unknownResource");
  return Response.json(
    {
      space: spaceJson(availability.space),
      day: dayJson(availability.day),
      free: intervalsJson(availability.free),
      busy: intervalsJson(availability.busy),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
