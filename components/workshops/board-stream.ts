"use client";

const REOPEN_AFTER_MS = 5_000;

/**
 * Follows a session's board stream until `close` is called. EventSource retries a dropped
 * connection by itself, but gives up for good when the server answers with an error status (a 429
 * while a reloaded tab's old stream still holds its slot, a 503 during a deploy), so a closed
 * source is reopened after a pause.
 */
export function followBoardStream(
  sessionId: string,
  handlers: { onBoard: (data: string) => void; onError?: () => void },
): () => void {
  let source: EventSource | undefined;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const open = () => {
    source = new EventSource(`/api/workshops/sessions/${encodeURIComponent(sessionId)}/events`);
    source.addEventListener("board", (event) => handlers.onBoard((event as MessageEvent<string>).data));
    source.addEventListener("error", () => {
      handlers.onError?.();
      if (source?.readyState === EventSource.CLOSED && !stopped) reopen = setTimeout(open, REOPEN_AFTER_MS);
    });
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(reopen);
    source?.close();
  };
}
