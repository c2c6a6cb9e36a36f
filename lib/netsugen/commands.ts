import "server-only";
// Untrusted input in, one result shape out: what the server actions call after resolving the
// session. Kept apart from the actions so that integration tests drive exactly this path.
import type { ZodError } from "zod";
import { fail, type ActionResult } from "../actions/result";
import { refuse } from "../auth/gate";
import { can, type Actor } from "../auth/roles";
import { fieldErrorsOf } from "../validation/text";
import { cancelBooking, createBooking, decideBooking, type BookingResult } from "./mutations";
import { bookingIdSchema, createBookingSchema, decideBookingSchema } from "./schemas";

function firstMessage(fieldErrors: Record<string, string[]>, fallback: string): string {
  return Object.values(fieldErrors).flat()[0] ?? fallback;
}

function invalid(error: ZodError): ActionResult<never> {
  const fieldErrors = fieldErrorsOf(error);
  // A forged extra field has no form field to show it next to: report it as the form's error.
  const formError = error.issues.find((i) => i.code === "unrecognized_keys")?.message;
  return fail(formError ?? firstMessage(fieldErrors, "errors.checkFields"), fieldErrors);
}

export async function submitBooking(actor: Actor | null, raw: unknown, now: Date = new Date()): Promise<BookingResult> {
  if (!actor || !can(actor, "netsugen.book")) return refuse(actor, "netsugen.book");
  const parsed = createBookingSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return createBooking(actor, parsed.data, now);
}

export async function submitCancellation(actor: Actor | null, raw: unknown, now: Date = new Date()) {
  if (!actor) return fail("errors.signInRequired");
  const parsed = bookingIdSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return cancelBooking(actor, parsed.data.bookingId, now);
}

export async function submitDecision(actor: Actor | null, raw: unknown) {
  if (!actor || !can(actor, "netsugen.booking.decide")) return refuse(actor);
  const parsed = decideBookingSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return decideBooking(actor, parsed.data);
}
