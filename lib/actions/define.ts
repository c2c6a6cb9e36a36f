// Every exported server action is built here, so each one meets input the same way before its own
// code runs. Anyone can call an action with any arguments (the browser's encoder is only a
// convenience), so the arguments are checked here: an action that takes a form gets a FormData or
// answers "errors.badRequest", and never reaches a `formData.get` on undefined, which would be a
// 500. tests/integration/action-recipe.test.ts fails for an exported action not built here.
import "server-only";
import { isDatabaseBusy } from "../db/errors";
import { fail, type ActionResult } from "./result";

const BUILT_HERE = Symbol.for("yukemuri.action");

function built<F extends (...args: never[]) => Promise<unknown>>(action: F): F {
  Object.defineProperty(action, BUILT_HERE, { value: true });
  return action;
}

/** Whether a value is an action made by one of the builders below. */
export function isBuiltAction(value: unknown): boolean {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[BUILT_HERE] === true;
}

/** The handler's answer, or "busy, try again" when the database had no connection to spare. */
async function answerBusy<R>(handler: () => Promise<R>): Promise<R> {
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseBusy(error)) return fail("errors.busy") as R;
    throw error;
  }
}

/**
 * An action for `useActionState`: called with the previous state, which it ignores, and the form.
 * Its result type must admit a plain failure, as ActionResult and the results built on it do.
 */
export function formStateAction<R extends ActionResult<unknown> | { ok: boolean }>(
  handler: (formData: FormData) => Promise<R>,
): (previous: unknown, formData: FormData) => Promise<R> {
  return built(async (_previous: unknown, formData: FormData) =>
    formData instanceof FormData ? answerBusy(() => handler(formData)) : (fail("errors.badRequest") as R),
  );
}

/** An action for a form's `action` attribute, called with the form alone; anything else changes nothing. */
export function formAction(handler: (formData: FormData) => Promise<void>): (formData: FormData) => Promise<void> {
  return built(async (formData: FormData) => {
    if (formData instanceof FormData) await handler(formData);
  });
}

/** An action that takes no input (a button); whatever arguments arrive are not read. */
export function inputlessAction<R>(handler: () => Promise<R>): (...ignored: unknown[]) => Promise<R> {
  return built((..._ignored: unknown[]) => handler());
}
