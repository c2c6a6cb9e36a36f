"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { followBoardStream } from "../board-stream";

/** Re-renders the (server-rendered) console whenever the session's board changes. */
export function LiveRefresh({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  useEffect(() => {
    let first = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = followBoardStream(sessionId, {
      onBoard: () => {
        // The first event is the board the page was rendered with.
        if (first) {
          first = false;
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(() => router.refresh(), 150);
      },
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [router, sessionId]);
  return null;
}
