"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { restoreHiddenPost } from "@/lib/comments/hidden";
import { moderateReport } from "@/lib/comments/mutations";
import { moderateSchema, restoreSchema } from "@/lib/comments/schemas";

export const moderateAction = formStateAction(async function moderateAction(formData: FormData): Promise<ActionResult<{ status: string }>> {
  const result = await runFormAction("content.moderate", moderateSchema, formData, (user, input) => moderateReport(user, input));
  if (result.ok) revalidatePath("/", "layout");
  return result;
});

/** 表示に戻す: shows a hidden post again (comments, updates and workshop posts alike); audited, idempotent. */
export const restorePostAction = formStateAction(async function restorePostAction(formData: FormData): Promise<ActionResult<{ restored: boolean }>> {
  const result = await runFormAction("content.moderate", restoreSchema, formData, (user, input) => restoreHiddenPost(user, input.subjectType, input.subjectId));
  if (result.ok) revalidatePath("/", "layout");
  return result;
});
