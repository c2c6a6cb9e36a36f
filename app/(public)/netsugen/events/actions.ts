"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import { getCurrentUser } from "@/lib/auth/session";
import { requestedLocale } from "@/lib/i18n/request";
import { cancelGuestRegistration, cancelMyRegistration, registerForEvent, type RegistrationResult } from "@/lib/netsugen/events";
import { formDataToObject } from "@/lib/validation/form-data";
import { fail, type ActionResult } from "@/lib/actions/result";
import { clientAddress } from "@/lib/security/client-address";
import { consume } from "@/lib/security/rate-limit";

export const registerAction = formStateAction(async function registerAction(formData: FormData): Promise<RegistrationResult> {
  const user = await getCurrentUser();
  // Guests need no account, so their registrations are paced by where they come from.
  if (!user && !(await consume("eventGuestRegistration", await clientAddress())).allowed) return fail("errors.rateLimited");
  const input = formDataToObject(formData);
  const result = await registerForEvent(user && { id: user.id, name: user.name, email: user.email }, input, new Date(), await requestedLocale());
  if (result.ok) revalidatePath(`/netsugen/events/${String(input.event)}`);
  return result;
});

export const cancelMyRegistrationAction = formStateAction(async function cancelMyRegistrationAction(formData: FormData): Promise<ActionResult<{ promotedId: string | null }>> {
  const event = String(formData.get("event") ?? "");
  const result = await cancelMyRegistration(await getCurrentUser(), event);
  if (result.ok) revalidatePath(`/netsugen/events/${event}`);
  return result;
});

export const cancelGuestRegistrationAction = formStateAction(async function cancelGuestRegistrationAction(formData: FormData): Promise<ActionResult<{ promotedId: string | null }>> {
  return cancelGuestRegistration(formDataToObject(formData));
});
