"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { checkInRegistration } from "@/lib/netsugen/events";

export async function checkInRegistrationAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await checkInRegistration(await getCurrentUser(), String(formData.get("registrationId") ?? ""));
  if (result.ok) revalidatePath("/staff/netsugen/events", "layout");
  return result;
}
