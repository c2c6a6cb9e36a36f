"use server";

import { revalidatePath } from "next/cache";
import { fail, type ActionResult } from "@/lib/actions/result";
import { createUserSchema } from "@/lib/auth/schemas";
import { authorise } from "@/lib/auth/session";
import { createUser } from "@/lib/users/mutations";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";

export async function createUserAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const auth = await authorise("user.create");
  if (!auth.ok) return fail(auth.reason === "unauthenticated" ? "errors.signInRequired" : "errors.forbidden");
  const parsed = createUserSchema.safeParse(formDataToObject(formData, ["roles"]));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData, ["password"]));
  const result = await createUser(auth.user, parsed.data);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
