"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import { setFeedbackHandled } from "@/lib/accessibility/feedback";
import { feedbackHandledSchema } from "@/lib/accessibility/feedback-schemas";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";

export const setFeedbackHandledAction = formStateAction(async function setFeedbackHandledAction(formData: FormData): Promise<ActionResult<{ handled: boolean }>> {
  const result = await runFormAction("accessibility.feedback.manage", feedbackHandledSchema, formData, (user, input) => setFeedbackHandled(user, input));
  if (result.ok) revalidatePath("/staff/feedback");
  return result;
});
