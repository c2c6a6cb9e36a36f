"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { saveSupporter, withdrawSupporter } from "@/lib/supporters/mutations";
import { supporterSchema, withdrawSupporterSchema } from "@/lib/supporters/schemas";

export const saveSupporterAction = formStateAction(async function saveSupporterAction(formData: FormData): Promise<ActionResult<{ registered: boolean }>> {
  const result = await runFormAction("supporter.register", supporterSchema, formData, saveSupporter, { arrayKeys: ["municipalityIds", "tieKinds"] });
  if (result.ok) revalidatePath("/account/supporter");
  return result;
});

export const withdrawSupporterAction = formStateAction(async function withdrawSupporterAction(formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("supporter.register", withdrawSupporterSchema, formData, withdrawSupporter);
  if (result.ok) revalidatePath("/account/supporter");
  return result;
});
