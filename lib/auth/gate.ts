import { fail, type ActionResult } from "../actions/result";
import type { Actor } from "./roles";

/**
 * What a mutation returns to someone its role gate refuses. Every mutation passes the gate
 * (`if (!actor || !can(actor, action)) return refuse(actor)`) before it reads its input, so
 * someone refused learns nothing about what the input should have been.
 */
export function refuse(actor: Actor | null | undefined): ActionResult<never> {
  return fail(actor ? "errors.forbidden" : "errors.signInRequired");
}
