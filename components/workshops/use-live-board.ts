"use client";

import { useEffect, useState } from "react";
import type { Board } from "@/lib/workshops/queries";

export type LiveStatus = "connecting" | "live" | "reconnecting";

/**
 * The session's board, kept current by the Server-Sent Events stream. EventSource reconnects by
 * itself after a dropped connection (the server asks for 2 s), and the first event after a
 * reconnect is the whole board, so nothing is missed while the Wi-Fi was gone.
 */
export function useLiveBoard(sessionId: string, initial: Board): { board: Board; status: LiveStatus } {
  const [board, setBoard] = useState(initial);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  useEffect(() => {
    const source = new EventSource(`/api/workshops/sessions/${encodeURIComponent(sessionId)}/events`);
    source.addEventListener("board", (event) => {
      setBoard(JSON.parse((event as MessageEvent<string>).data) as Board);
      setStatus("live");
    });
    source.addEventListener("error", () => setStatus("reconnecting"));
    return () => source.close();
  }, [sessionId]);
  return { board, status };
}
