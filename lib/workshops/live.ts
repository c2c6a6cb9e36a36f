import "server-only";
import { subscribe } from "../realtime";
import { sessionTopic } from "./mutations/context";
import { getBoard } from "./queries";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/**
 * A Server-Sent Events stream of a session's board: the board at once, then again after every
 * change announced by any app instance (NOTIFY). Each connection rebuilds at most one board at a
 * time and coalesces a burst of changes into the next rebuild, so 60 phones posting at once cost
 * each viewer a few queries, not one per post.
 */
export function boardEvents(sessionId: string, viewerId: string | null, signal: AbortSignal): ReadableStream<Uint8Array> {
  let closed = false;
  let running = false;
  let dirty = false;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe?.();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const refresh = async () => {
        if (running) {
          dirty = true;
          return;
        }
        running = true;
        try {
          do {
            dirty = false;
            const board = await getBoard(sessionId, viewerId);
            if (board) send(`event: board\ndata: ${JSON.stringify(board)}\n\n`);
          } while (dirty && !closed);
        } catch (error) {
          console.error("[workshops] board refresh failed", error);
        } finally {
          running = false;
        }
      };
      signal.addEventListener("abort", close);
      // Phones reconnect after 2 s when a hall's Wi-Fi drops; the first event is the full board.
      send("retry: 2000\n\n");
      const topic = sessionTopic(sessionId);
      unsubscribe = await subscribe((message) => {
        if (message.topic === topic) void refresh();
      });
      heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      await refresh();
    },
    cancel() {
      closed = true;
      unsubscribe?.();
      clearInterval(heartbeat);
    },
  });
}
