"use server";

import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { confirmEmail } from "@/lib/auth/email-confirmation";
import { emailConfirmationSchema } from "@/lib/auth/schemas";
import { formDataToObject } from "@/lib/validation/form-data";

/** Confirms an address with the link from the mail; needs no sign-in. */
export const confirmEmailAction = formStateAction(async function confirmEmailAction(formData: FormData): Promise<ActionResult<undefined>> {
  const parsed = emailConfirmationSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("accountErrors.linkInvalid");
  return confirmEmail(parsed.data.token);
});
