import { fail, type ActionResult } from "../actions/result";
import { type Action, type Actor, awaitsEmailConfirmation } from "./roles";

/**
 * What a mutation returns to someone its role gate refuses. Every mutation passes the gate
 * (`if (!actor || !can(actor, action)) return refuse(actor, action)`) before it reads its input, so
 * someone refused learns nothing about what the input should have been.
 */
export function refuse(actor: Actor | null | undefined, action?: Action): ActionResult<never> {
  if (!actor) return fail("errors.signInRequired");
  return fail(action && awaitsEmailConfirmation(actor, action) ? "errors.confirmEmailFirst" : "errors.forbidden");
}
