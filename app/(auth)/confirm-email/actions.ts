"use server";

import { fail, type ActionResult } from "@/lib/actions/result";
import { confirmEmail } from "@/lib/auth/email-confirmation";
import { emailConfirmationSchema } from "@/lib/auth/schemas";
import { formDataToObject } from "@/lib/validation/form-data";

/** Confirms an address with the link from the mail; needs no sign-in. */
export async function confirmEmailAction(_previous: ActionResult<undefined> | null, formData: FormData): Promise<ActionResult<undefined>> {
  const parsed = emailConfirmationSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("accountErrors.linkInvalid");
  return confirmEmail(parsed.data.token);
}
