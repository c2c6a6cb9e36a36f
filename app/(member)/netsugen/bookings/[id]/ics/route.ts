import { getCurrentUser } from "@/lib/auth/session";
import { bookingCalendar } from "@/lib/netsugen/calendar-feed";

export const dynamic = "force-dynamic";

/** One booking as an .ics file, for the member who made it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, getCurrentUser()]);
  const ics = user ? await bookingCalendar(user.id, id) : null;
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="netsugen-${id}.ics"`, "Cache-Control": "private, no-store" },
  });
}
