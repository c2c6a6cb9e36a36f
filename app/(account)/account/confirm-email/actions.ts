"use server";

import { inputlessAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { resendEmailConfirmation } from "@/lib/auth/email-confirmation";
import { authorise } from "@/lib/auth/session";

type ResendResult = ActionResult<{ alreadyConfirmed: boolean }>;

/** Sends the confirmation link again to the signed-in person's own address; it takes no input. */
export const resendConfirmationAction = inputlessAction(async function resendConfirmationAction(): Promise<ResendResult> {
  const auth = await authorise("account.manage");
  if (!auth.ok) return fail("errors.signInRequired");
  return resendEmailConfirmation(auth.user);
});
