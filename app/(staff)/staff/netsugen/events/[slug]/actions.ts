"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { checkInRegistration } from "@/lib/netsugen/events";

export const checkInRegistrationAction = formStateAction(async function checkInRegistrationAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await checkInRegistration(await getCurrentUser(), String(formData.get("registrationId") ?? ""));
  if (result.ok) revalidatePath("/staff/netsugen/events", "layout");
  return result;
});
