// The one shape every server action returns. `error` and `fieldErrors` hold i18n message keys
// (e.g. "errors.email"), which the form translates; expected failures never throw.
// `values` echoes what was typed (never passwords), so a rejected form loses nothing.
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string[]> };

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const fail = (
  error: string,
  fieldErrors?: Record<string, string[]>,
  values?: Record<string, string[]>,
): ActionResult<never> => ({
  ok: false,
  error,
  ...(fieldErrors ? { fieldErrors } : {}),
  ...(values ? { values } : {}),
});

/** The idle state of a form before its first submission. */
export const IDLE: ActionResult<never> | null = null;
