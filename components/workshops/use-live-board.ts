"use client";

import { useEffect, useState } from "react";
import { composeBoard, type Board, type BoardEvent } from "@/lib/workshops/board-view";
import { followBoardStream } from "./board-stream";

export type LiveStatus = "connecting" | "live" | "reconnecting";

/**
 * The session's board, kept current by the Server-Sent Events stream. The stream reconnects after
 * a dropped connection, and the first event after a reconnect is the whole board, so nothing is
 * missed while the Wi-Fi was gone.
 */
export function useLiveBoard(sessionId: string, initial: Board): { board: Board; status: LiveStatus } {
  const [board, setBoard] = useState(initial);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  useEffect(
    () =>
      followBoardStream(sessionId, {
        onBoard: (data) => {
          setBoard(composeBoard(JSON.parse(data) as BoardEvent));
          setStatus("live");
        },
        onError: () => setStatus("reconnecting"),
      }),
    [sessionId],
  );
  return { board, status };
}
