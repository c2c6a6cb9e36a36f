"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { submitDecision } from "@/lib/netsugen/commands";
import { formDataToObject } from "@/lib/validation/form-data";

export async function decideBookingAction(
  _previous: ActionResult<{ id: string; status: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string; status: string }>> {
  // submitDecision checks that this person may decide; the session only says who asks.
  const result = await submitDecision(await getCurrentUser(), formDataToObject(formData));
  if (result.ok) {
    revalidatePath("/staff/netsugen");
    revalidatePath("/netsugen", "layout");
  }
  return result;
}
