"use server";

import { formStateAction } from "@/lib/actions/define";
import { createAccessibilityFeedback } from "@/lib/accessibility/feedback";
import { accessibilityFeedbackSchema } from "@/lib/accessibility/feedback-schemas";
import { fail, type ActionResult } from "@/lib/actions/result";
import { clientAddress } from "@/lib/security/client-address";
import { consume } from "@/lib/security/rate-limit";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";

/**
 * Feedback on the site's accessibility. Open to everyone, so there is no role gate and the session
 * is not read at all: the feedback is never linked to an account. Invalid forms are answered
 * before the address's budget is spent, so a person correcting a mistake is never locked out.
 */
export const sendAccessibilityFeedbackAction = formStateAction(async function sendAccessibilityFeedbackAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const parsed = accessibilityFeedbackSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData));
  if (!(await consume("accessibilityFeedback", await clientAddress())).allowed) return fail("accessibilityFeedback.rateLimited", undefined, echoableValues(formData));
  const result = await createAccessibilityFeedback(parsed.data);
  // No revalidation: no public page shows feedback, and the staff list renders per request.
  return result;
});
