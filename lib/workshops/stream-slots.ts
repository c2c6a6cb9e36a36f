// How many live-board streams one viewer may hold open on this instance. A phone needs one (two
// while a tab reloads), a facilitator a projector and a console per session; a script that opens
// a thousand would otherwise hold a thousand subscriptions and board builds, and crowd everyone
// else out of the database.
export const MAX_STREAMS_PER_VIEWER = 4;

const globalState = globalThis as typeof globalThis & { __yukemuriStreamSlots?: Map<string, number> };
const open = (globalState.__yukemuriStreamSlots ??= new Map());

/** A slot for one more stream of this viewer, with the function that gives it back; null when all are taken. */
export function claimStreamSlot(viewerKey: string): (() => void) | null {
  const count = open.get(viewerKey) ?? 0;
  if (count >= MAX_STREAMS_PER_VIEWER) return null;
  open.set(viewerKey, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(viewerKey) ?? 1) - 1;
    if (left > 0) open.set(viewerKey, left);
    else open.delete(viewerKey);
  };
}

/** Streams open on this instance, for the tests and the bench. */
export const openStreamCount = (viewerKey: string): number => open.get(viewerKey) ?? 0;
