"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { refuse } from "@/lib/auth/gate";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { submitCancellation, submitDecision } from "@/lib/netsugen/commands";
import { addClosure, removeClosure } from "@/lib/netsugen/closures";
import { createEvent } from "@/lib/netsugen/event-admin";
import { changeMembership } from "@/lib/netsugen/memberships";
import { scanAtReception, type ScanResult } from "@/lib/netsugen/reception";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";

// After a change the row leaves its list, so the confirmation is shown at the top of the page.

export const decideBookingAction = formStateAction(async function decideBookingAction(formData: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  // submitDecision checks that this person may decide; the session only says who asks.
  const result = await submitDecision(await getCurrentUser(), formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/netsugen", "layout");
  redirect(`/staff/netsugen?done=${result.data.status === "CONFIRMED" ? "approved" : "declined"}`);
});

export const staffCancelBookingAction = formStateAction(async function staffCancelBookingAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  // Reception's cancel: a member cancels their own from their bookings page instead.
  const user = await getCurrentUser();
  if (!user || !can(user, "netsugen.reception")) return refuse(user);
  const result = await submitCancellation(user, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/netsugen", "layout");
  redirect("/staff/netsugen?done=cancelled");
});

export const scanAction = formStateAction(async function scanAction(formData: FormData): Promise<ScanResult> {
  const result = await scanAtReception(await getCurrentUser(), formDataToObject(formData));
  if (result.ok) revalidatePath("/netsugen", "layout");
  return result;
});

export const changeMembershipAction = formStateAction(async function changeMembershipAction(formData: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  const result = await changeMembership(await getCurrentUser(), formDataToObject(formData));
  if (!result.ok) return result;
  redirect("/staff/netsugen?done=membership");
});

export const addClosureAction = formStateAction(async function addClosureAction(formData: FormData): Promise<ActionResult<{ id: string; affectedBookings: number }>> {
  const result = await addClosure(await getCurrentUser(), formDataToObject(formData));
  if (result.ok) {
    revalidatePath("/staff/netsugen");
    revalidatePath("/netsugen", "layout");
  }
  return result;
});

export const removeClosureAction = formStateAction(async function removeClosureAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await removeClosure(await getCurrentUser(), String(formData.get("closureId") ?? ""));
  if (!result.ok) return result;
  revalidatePath("/netsugen", "layout");
  redirect("/staff/netsugen?done=closureRemoved");
});

export const createEventAction = formStateAction(async function createEventAction(formData: FormData): Promise<ActionResult<{ slug: string }>> {
  const result = await createEvent(await getCurrentUser(), formDataToObject(formData));
  if (!result.ok) return { ...result, values: echoableValues(formData) };
  revalidatePath("/netsugen", "layout");
  redirect(`/staff/netsugen/events/${result.data.slug}`);
});
