"use client";

import { lazy, type ComponentProps } from "react";
import type { ParticipantBoard as Board } from "./participant-board";

const LazyBoard = lazy(() => import("./participant-board").then((m) => ({ default: m.ParticipantBoard })));

/**
 * The participant's board, in a chunk of its own. /w/[code] shows either the join form (the usual
 * first visit, from the QR code) or this board; imported directly, the board's panels and
 * actions were part of every visitor's first-load JavaScript. It is still rendered on the server,
 * so the page arrives complete; the chunk is fetched only when the board is shown.
 * (React.lazy rather than next/dynamic: the same behaviour with ssr on, without adding
 * next/dynamic's runtime to the page.)
 */
export function ParticipantBoardLazy(props: ComponentProps<typeof Board>) {
  return <LazyBoard {...props} />;
}
