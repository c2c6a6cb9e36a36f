"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { moderateReport } from "@/lib/comments/mutations";
import { moderateSchema } from "@/lib/comments/schemas";

export async function moderateAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  const result = await runFormAction("content.moderate", moderateSchema, formData, (user, input) => moderateReport(user, input));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
