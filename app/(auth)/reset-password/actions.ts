"use server";

import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { resetPassword } from "@/lib/auth/password-reset";
import { passwordResetSchema } from "@/lib/auth/schemas";
import { formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";

/** Sets a new password with a reset link; every session of the account ends. */
export const resetPasswordAction = formStateAction(async function resetPasswordAction(formData: FormData): Promise<ActionResult<never>> {
  const parsed = passwordResetSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error));
  const result = await resetPassword(parsed.data);
  if (!result.ok) return result;
  redirect("/signin?reset=1");
});
