"use server";

import { formStateAction } from "@/lib/actions/define";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { passwordResetRequestSchema } from "@/lib/auth/schemas";
import { clientAddress } from "@/lib/security/client-address";
import { consume } from "@/lib/security/rate-limit";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export const requestPasswordResetAction = formStateAction(async function requestPasswordResetAction(formData: FormData): Promise<ActionResult<undefined>> {
  const parsed = passwordResetRequestSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData));
  const limit = await consume("passwordResetRequest", await clientAddress());
  if (!limit.allowed) return fail("errors.rateLimited", undefined, echoableValues(formData));
  await requestPasswordReset(parsed.data);
  return ok(undefined);
});
