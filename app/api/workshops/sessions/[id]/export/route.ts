import { authoriseFacilitation } from "@/lib/workshops/access";
import { sessionCsv } from "@/lib/workshops/exports";

export const dynamic = "force-dynamic";

/** The session's visible contributions as CSV (UTF-8 with BOM), for the facilitator. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await authoriseFacilitation(id);
  if (!access.ok) return new Response(null, { status: access.error === "workshopErrors.notFound" ? 404 : access.error === "errors.signInRequired" ? 401 : 403 });
  const csv = await sessionCsv(id);
  if (csv === null) return new Response(null, { status: 404 });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="workshop-session-${id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
