// Push between app instances through the database: a write NOTIFYs inside its own transaction
// (so nothing is announced for a rollback, and the message leaves only on commit), and every
// instance LISTENs and fans messages out to its open Server-Sent Event streams. On PostgreSQL
// that needs one dedicated connection per instance (pooled connections cannot hold a LISTEN); on
// the embedded PGlite, the single in-process connection listens.
import pg from "pg";
import { databaseKind, embeddedPglite } from "../db/adapter";
import { setting } from "../env";
import { logger } from "../logging/logger";

export const CHANNEL = "yukemuri_events";
const RECONNECT_MS = 1_000;

/** Sent to every listener after the LISTEN connection came back: changes may have been missed. */
export const ANY_TOPIC = "*";

export interface RealtimeMessage {
  /** What changed, e.g. "workshop-session:<id>", or ANY_TOPIC. */
  topic: string;
  /** A hint for clients; they refetch what they show rather than trust a payload. */
  kind: string;
}

type Listener = (message: RealtimeMessage) => void;

interface RealtimeState {
  listeners: Set<Listener>;
  started?: Promise<void>;
  stop?: () => Promise<void>;
}

const globalState = globalThis as typeof globalThis & { __yukemuriRealtime?: RealtimeState };
const state: RealtimeState = (globalState.__yukemuriRealtime ??= { listeners: new Set() });

interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

/** Announces a change; call it with the transaction client of the change itself. */
export async function publish(tx: RawExecutor, message: RealtimeMessage): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(message)})`;
}

function deliver(payload: string): void {
  let message: RealtimeMessage;
  try {
    message = JSON.parse(payload) as RealtimeMessage;
  } catch {
    return;
  }
  for (const listener of state.listeners) {
    try {
      listener(message);
    } catch (error) {
      logger.error({ event: "realtime.listener_failed", err: error }, "a realtime listener threw");
    }
  }
}

async function listenOnPostgres(): Promise<void> {
  let client: pg.Client | undefined;
  let stopped = false;
  let connected = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: setting("DATABASE_URL"), application_name: "yukemuri-realtime" });
    next.on("notification", (n) => n.channel === CHANNEL && n.payload && deliver(n.payload));
    next.on("error", () => reconnect());
    next.on("end", () => reconnect());
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
    // NOTIFYs sent while the connection was down are lost: tell every stream to reload.
    if (connected) deliver(JSON.stringify({ topic: ANY_TOPIC, kind: "reconnect" } satisfies RealtimeMessage));
    connected = true;
  };
  const reconnect = () => {
    if (stopped) return;
    client = undefined;
    setTimeout(() => {
      if (!stopped && !client) connect().catch(reconnect);
    }, RECONNECT_MS).unref();
  };
  await connect();
  state.stop = async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}

async function listenOnPglite(): Promise<void> {
  const pglite = embeddedPglite();
  if (!pglite) throw new Error("No embedded database to listen on");
  const unlisten = await pglite.listen(CHANNEL, deliver);
  state.stop = async () => {
    if (!pglite.closed) await unlisten();
  };
}

function ensureListening(): Promise<void> {
  state.started ??= (databaseKind() === "postgres" ? listenOnPostgres() : listenOnPglite()).catch((error: unknown) => {
    state.started = undefined;
    throw error;
  });
  return state.started;
}

/** Calls `listener` for every message from any instance; resolves once listening. */
export async function subscribe(listener: Listener): Promise<() => void> {
  state.listeners.add(listener);
  try {
    await ensureListening();
  } catch (error) {
    state.listeners.delete(listener);
    throw error;
  }
  return () => void state.listeners.delete(listener);
}

/** Stops listening (tests, shutdown). The next subscribe starts again. */
export async function stopRealtime(): Promise<void> {
  const stop = state.stop;
  state.started = undefined;
  state.stop = undefined;
  state.listeners.clear();
  await stop?.();
}
