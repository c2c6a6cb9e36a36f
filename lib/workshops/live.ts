import "server-only";
import { ANY_TOPIC, subscribe, type RealtimeMessage } from "../realtime";
import { boardFor, loadSharedBoard, type SharedBoard } from "./board";
import { sessionTopic } from "./mutations/context";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

interface CacheEntry {
  generation: number;
  loaded?: { generation: number; promise: Promise<SharedBoard | null> };
}

// Per instance and session, the viewer-independent board is built once per change and shared by
// every open stream: 60 phones and a projector cost one board build plus one small query each.
const globalState = globalThis as typeof globalThis & { __yukemuriBoards?: Map<string, CacheEntry>; __yukemuriSeen?: WeakSet<RealtimeMessage> };
const boards = (globalState.__yukemuriBoards ??= new Map());
const seen = (globalState.__yukemuriSeen ??= new WeakSet());

/** Marks the session's shared board stale, once per message however many streams hear it. */
function invalidate(sessionId: string, message: RealtimeMessage): void {
  if (seen.has(message)) return;
  seen.add(message);
  const entry = boards.get(sessionId);
  if (entry) entry.generation++;
}

function sharedBoard(sessionId: string): Promise<SharedBoard | null> {
  let entry = boards.get(sessionId);
  if (!entry) boards.set(sessionId, (entry = { generation: 0 }));
  if (entry.loaded?.generation === entry.generation) return entry.loaded.promise;
  const promise = loadSharedBoard(sessionId);
  const loaded = { generation: entry.generation, promise };
  entry.loaded = loaded;
  promise.catch(() => {
    if (entry.loaded === loaded) entry.loaded = undefined;
  });
  return promise;
}

/**
 * A Server-Sent Events stream of a session's board: the board at once, then again after every
 * change announced by any app instance (NOTIFY). Each connection sends at most one board at a
 * time and coalesces a burst of changes into the next one, and the shared part of the board is
 * built once per change for all connections of this instance.
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
            const shared = await sharedBoard(sessionId);
            if (shared) send(`event: board\ndata: ${JSON.stringify(await boardFor(shared, viewerId))}\n\n`);
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
        if (message.topic !== topic && message.topic !== ANY_TOPIC) return;
        invalidate(sessionId, message);
        void refresh();
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
