import { boardEvents } from "@/lib/workshops/live";
import { claimStreamSlot } from "@/lib/workshops/stream-slots";
import { resolveBoardViewer } from "@/lib/workshops/viewer";

export const dynamic = "force-dynamic";

/** The live board of a session as Server-Sent Events (participants and facilitators only). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await resolveBoardViewer(id);
  if (!viewer.ok) return new Response(null, { status: viewer.status });
  const release = claimStreamSlot(viewer.key);
  // The page reopens a refused stream after a pause; by then a reloaded tab's old stream is gone.
  if (!release) return new Response(null, { status: 429, headers: { "Retry-After": "5", "Cache-Control": "no-store" } });
  return new Response(boardEvents(id, viewer.participantId, request.signal, release), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      // Proxies such as nginx would otherwise buffer the stream and break the 2-second promise.
      "X-Accel-Buffering": "no",
    },
  });
}
