"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { submitBooking, submitCancellation } from "@/lib/netsugen/commands";
import { changeBooking } from "@/lib/netsugen/reschedule";
import { changeSeat } from "@/lib/netsugen/seats";
import type { BookingResult } from "@/lib/netsugen/mutations";
import { consume } from "@/lib/security/rate-limit";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";

/** Booking attempts per member are limited, so a script cannot sweep the calendar. */
async function overBookingLimit(user: CurrentUser | null): Promise<boolean> {
  return user !== null && !(await consume("booking", user.id)).allowed;
}

export const bookSpaceAction = formStateAction(async function bookSpaceAction(formData: FormData): Promise<BookingResult> {
  // submitBooking checks the role, the membership and the rules; the session only says who asks.
  const user = await getCurrentUser();
  if (await overBookingLimit(user)) return fail("errors.rateLimited", undefined, echoableValues(formData, ["clientKey"]));
  const result = await submitBooking(user, formDataToObject(formData));
  if (result.ok) {
    revalidatePath("/netsugen", "layout");
    return result;
  }
  return { ...result, values: echoableValues(formData, ["clientKey"]) };
});

export const cancelBookingAction = formStateAction(async function cancelBookingAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await submitCancellation(await getCurrentUser(), formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/netsugen", "layout");
  // The confirmation is shown at the top of the page, where a phone lands after the redirect.
  redirect("/netsugen/bookings?done=cancelled");
});

export const changeBookingAction = formStateAction(async function changeBookingAction(formData: FormData): Promise<BookingResult> {
  const user = await getCurrentUser();
  if (await overBookingLimit(user)) return fail("errors.rateLimited", undefined, echoableValues(formData));
  const result = await changeBooking(user, formDataToObject(formData));
  if (result.ok) revalidatePath("/netsugen", "layout");
  return result.ok ? result : { ...result, values: echoableValues(formData) };
});

export const changeSeatAction = formStateAction(async function changeSeatAction(formData: FormData): Promise<ActionResult<{ userId: string }>> {
  const input = formDataToObject(formData);
  const give = input.seat !== "remove";
  delete input.seat;
  const result = await changeSeat(await getCurrentUser(), input, give);
  if (result.ok) revalidatePath("/netsugen/bookings");
  return result;
});
