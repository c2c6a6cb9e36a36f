"use server";

import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { registerUser } from "@/lib/auth/accounts";
import { signUpSchema } from "@/lib/auth/schemas";
import { clientAddress } from "@/lib/security/client-address";
import { consume } from "@/lib/security/rate-limit";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";

const SECRET_FIELDS = ["password", "passwordConfirm"];

/** Open sign-up. The answer is the same whether or not the address already has an account. */
export const signUpAction = formStateAction(async function signUpAction(formData: FormData): Promise<ActionResult<never>> {
  const parsed = signUpSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData, SECRET_FIELDS));
  const limit = await consume("signUp", await clientAddress());
  if (!limit.allowed) return fail("errors.rateLimited", undefined, echoableValues(formData, SECRET_FIELDS));
  await registerUser(parsed.data);
  redirect("/signin?registered=1");
});
