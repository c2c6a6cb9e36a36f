"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { authorise } from "@/lib/auth/session";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";
import { createSeries } from "@/lib/workshops/mutations/series";
import { createSeriesSchema } from "@/lib/workshops/schemas";

export const createSeriesAction = formStateAction(async function createSeriesAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const auth = await authorise("workshop.manage");
  if (!auth.ok) return fail(auth.reason === "unauthenticated" ? "errors.signInRequired" : "errors.forbidden");
  const parsed = createSeriesSchema.safeParse(formDataToObject(formData, ["facilitatorIds"]));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData));
  const result = await createSeries(auth.user, parsed.data);
  if (result.ok) revalidatePath("/staff/workshops");
  return result;
});
