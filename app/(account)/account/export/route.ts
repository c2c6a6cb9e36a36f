import { exportPersonalData } from "@/lib/account/queries";
import { authorise } from "@/lib/auth/session";
import { tokyoDateKey } from "@/lib/dates/tokyo";

export const dynamic = "force-dynamic";

/** Everything the platform holds about the person asking, as one JSON file. Nobody else's. */
export async function GET() {
  const auth = await authorise("account.manage");
  if (!auth.ok) return Response.json({ error: auth.reason }, { status: auth.reason === "unauthenticated" ? 401 : 403, headers: { "Cache-Control": "private, no-store" } });
  const now = new Date();
  const data = await exportPersonalData(auth.user.id, now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="yukemuri-my-data-${tokyoDateKey(now)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
