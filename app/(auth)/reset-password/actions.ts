"use server";

import { redirect } from "next/navigation";
import { fail, type ActionResult } from "@/lib/actions/result";
import { resetPassword } from "@/lib/auth/password-reset";
import { passwordResetSchema } from "@/lib/auth/schemas";
import { formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";

/** Sets a new password with a reset link; every session of the account ends. */
export async function resetPasswordAction(_previous: ActionResult<never> | null, formData: FormData): Promise<ActionResult<never>> {
  const parsed = passwordResetSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error));
  const result = await resetPassword(parsed.data);
  if (!result.ok) return result;
  redirect("/signin?reset=1");
}
