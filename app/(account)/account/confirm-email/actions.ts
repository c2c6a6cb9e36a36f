"use server";

import { fail, type ActionResult } from "@/lib/actions/result";
import { resendEmailConfirmation } from "@/lib/auth/email-confirmation";
import { authorise } from "@/lib/auth/session";

type ResendResult = ActionResult<{ alreadyConfirmed: boolean }>;

/** Sends the confirmation link again to the signed-in person's own address; it takes no input. */
export async function resendConfirmationAction(_previous: ResendResult | null): Promise<ResendResult> {
  const auth = await authorise("account.manage");
  if (!auth.ok) return fail("errors.signInRequired");
  return resendEmailConfirmation(auth.user);
}
