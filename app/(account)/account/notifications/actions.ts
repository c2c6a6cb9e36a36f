"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { notificationPreferencesSchema } from "@/lib/notifications/preference-schemas";
import { savePreferences } from "@/lib/notifications/preferences";

/** One's own settings only: the action takes no account id. */
export const notificationPreferencesAction = formStateAction(async function notificationPreferencesAction(formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("account.manage", notificationPreferencesSchema, formData, savePreferences);
  if (result.ok) revalidatePath("/account/notifications");
  return result;
});
