import { authoriseFacilitation } from "@/lib/workshops/access";
import { sessionCsv } from "@/lib/workshops/exports";
import { findSession } from "@/lib/workshops/queries";

export const dynamic = "force-dynamic";

/**
 * The session's visible contributions as CSV (UTF-8 with BOM, for Excel). Public once the session
 * has ended, like its results page; while it runs, only for those who may facilitate it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await findSession(id);
  if (!session) return new Response(null, { status: 404 });
  if (session.state !== "CLOSED") {
    const access = await authoriseFacilitation(id);
    if (!access.ok) return new Response(null, { status: access.error === "errors.signInRequired" ? 401 : 403 });
  }
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
