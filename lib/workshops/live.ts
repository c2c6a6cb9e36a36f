import "server-only";
import { logger } from "../logging/logger";
import { ANY_TOPIC, subscribe, type RealtimeMessage } from "../realtime";
import { loadSharedBoard, viewerMarks, type SharedBoard, type ViewerMarks } from "./board";
import { sessionTopic } from "./mutations/context";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

interface Build {
  /** The changes the build has seen: fixed when it starts reading, not when it is asked for. */
  generation: number;
  started: boolean;
  promise: Promise<SharedBoard | null>;
}

interface CacheEntry {
  /** Streams of this instance showing the session; the entry goes when the last one closes. */
  streams: number;
  generation: number;
  loaded?: Build;
  /** When the next build may start: the last build's end plus its own duration. */
  nextBuildAt: number;
}

// Per instance and session, the viewer-independent board is built once per change and shared by
// every open stream: 60 phones and a projector cost one board build plus one small query each.
// Only sessions someone is watching have an entry, so the map is as large as the open sessions.
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

function watch(sessionId: string): () => void {
  const entry = boards.get(sessionId) ?? { streams: 0, generation: 0, nextBuildAt: 0 };
  entry.streams++;
  boards.set(sessionId, entry);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--entry.streams === 0 && boards.get(sessionId) === entry) boards.delete(sessionId);
  };
}

// The start of a board event up to the viewer's marks, serialised and encoded once per build: a
// change costs each stream only its own few marks, not its own 11 kB copy of the board.
const eventHeads = new WeakMap<SharedBoard, Uint8Array>();

function boardEventHead(shared: SharedBoard): Uint8Array {
  let head = eventHeads.get(shared);
  if (!head) {
    head = encoder.encode(`event: board\ndata: {"board":${JSON.stringify(shared.board)},"viewer":`);
    eventHeads.set(shared, head);
  }
  return head;
}

/** A whole board event for one viewer: the shared head and their marks in one chunk, one write. */
function boardEvent(shared: SharedBoard, marks: ViewerMarks | null): Uint8Array {
  const head = boardEventHead(shared);
  const tail = encoder.encode(`${JSON.stringify(marks)}}\n\n`);
  const event = new Uint8Array(head.length + tail.length);
  event.set(head);
  event.set(tail, head.length);
  return event;
}

// When a board is built, every stream of the session wants to write it at once: a thousand
// writes in one turn of the event loop would hold up every other request for tens of
// milliseconds. Streams take turns instead, a batch per turn, and requests run in between.
const STREAMS_PER_TURN = 100;
let writesThisTurn = 0;
let nextTurn: Promise<void> | null = null;

async function yourTurn(): Promise<void> {
  while (writesThisTurn >= STREAMS_PER_TURN) {
    nextTurn ??= new Promise((resolve) =>
      setImmediate(() => {
        writesThisTurn = 0;
        nextTurn = null;
        resolve();
      }),
    );
    await nextTurn;
  }
  writesThisTurn++;
}

/** Sessions with an entry on this instance, for the tests. */
export const watchedSessionCount = () => boards.size;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The session's shared board as of the latest change. One build at a time per session, and a
 * build waits after the previous one for as long as that one took: however fast a hall posts,
 * building boards takes at most half the database's time, and the posts themselves get the rest.
 * This matters on PGlite, which runs in the server's own thread; on PostgreSQL a build takes a
 * few milliseconds and the wait is as short.
 */
function sharedBoard(sessionId: string): Promise<SharedBoard | null> {
  const entry = boards.get(sessionId);
  // Only a stream that closed while its refresh was under way gets here without an entry.
  if (!entry) return loadSharedBoard(sessionId);
  const current = entry.loaded;
  // A build that has not started reading yet will see every change so far.
  if (current && (!current.started || current.generation === entry.generation)) return current.promise;

  const session = entry;
  const build: Build = { generation: session.generation, started: false, promise: Promise.resolve(null) };
  build.promise = (current?.promise.catch(() => null) ?? Promise.resolve(null))
    .then(() => delay(Math.max(0, session.nextBuildAt - Date.now())))
    .then(async () => {
      build.started = true;
      build.generation = session.generation;
      const startedAt = Date.now();
      try {
        return await loadSharedBoard(sessionId);
      } finally {
        session.nextBuildAt = 2 * Date.now() - startedAt;
      }
    });
  session.loaded = build;
  build.promise.catch(() => {
    if (session.loaded === build) session.loaded = undefined;
  });
  return build.promise;
}

/**
 * A Server-Sent Events stream of a session's board: the board at once, then again after every
 * change announced by any app instance (NOTIFY). Each connection sends at most one board at a
 * time and coalesces a burst of changes into the next one. The board is built and serialised once
 * per change for all connections of this instance; each event carries it and the viewer's own
 * marks (`BoardEvent`), which the page joins with `composeBoard`.
 */
export function boardEvents(sessionId: string, viewerId: string | null, signal: AbortSignal, onClose?: () => void): ReadableStream<Uint8Array> {
  let closed = false;
  const unwatch = watch(sessionId);
  const stop = () => {
    closed = true;
    unsubscribe?.();
    clearInterval(heartbeat);
    unwatch();
    onClose?.();
  };
  let running = false;
  let dirty = false;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: string | Uint8Array) => {
        if (!closed) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      };
      const close = () => {
        if (closed) return;
        stop();
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
            if (!shared) continue;
            const marks = await viewerMarks(shared, viewerId);
            await yourTurn();
            if (closed) break;
            send(boardEvent(shared, marks));
          } while (dirty && !closed);
        } catch (error) {
          logger.error({ event: "workshops.board_refresh_failed", sessionId, err: error }, "a live board could not be refreshed");
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
      // Closed while subscribing: nothing else will unsubscribe this one.
      if (closed) return unsubscribe();
      heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      await refresh();
    },
    cancel() {
      stop();
    },
  });
}
