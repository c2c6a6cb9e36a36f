import "server-only";
import type { z } from "zod";
import type { Action } from "../auth/roles";
import { authorise, type CurrentUser } from "../auth/session";
import { echoableValues, formDataToObject } from "../validation/form-data";
import { fieldErrorsOf } from "../validation/text";
import { fail, type ActionResult } from "./result";

const REFUSALS = {
  unauthenticated: "errors.signInRequired",
  forbidden: "errors.forbidden",
  unconfirmed: "errors.confirmEmailFirst",
} as const;

export interface FormActionOptions {
  /** Checkbox groups and multi-selects: these keys are read as arrays. */
  arrayKeys?: readonly string[];
  /** Never echoed back to the form (passwords). */
  secretKeys?: readonly string[];
}

/**
 * Steps 1–3 of every server action: who is asking, may they do this kind of thing at all, and is
 * the input valid. Only then does `run` (the domain mutation, which checks the specific resource
 * and writes with its audit row) see the parsed input.
 */
export async function runFormAction<Schema extends z.ZodType, T>(
  action: Action,
  schema: Schema,
  formData: FormData,
  run: (user: CurrentUser, input: z.infer<Schema>) => Promise<ActionResult<T>>,
  options: FormActionOptions = {},
): Promise<ActionResult<T>> {
  const auth = await authorise(action);
  if (!auth.ok) return fail(REFUSALS[auth.reason]);
  const parsed = schema.safeParse(formDataToObject(formData, options.arrayKeys));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData, options.secretKeys));
  return run(auth.user, parsed.data);
}
