import { memberCalendar, verifyFeedToken } from "@/lib/netsugen/calendar-feed";

export const dynamic = "force-dynamic";

/** A member's bookings as an iCalendar feed, behind a signed URL (no session: calendar apps have none). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const userId = verifyFeedToken(token.replace(/\.ics$/, ""));
  if (!userId) return new Response("Not found", { status: 404 });
  return new Response(await memberCalendar(userId), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=300" },
  });
}
