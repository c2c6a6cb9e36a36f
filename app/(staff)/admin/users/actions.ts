"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { createUserSchema } from "@/lib/auth/schemas";
import { createUser } from "@/lib/users/mutations";

export const createUserAction = formStateAction(async function createUserAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("user.create", createUserSchema, formData, createUser, { arrayKeys: ["roles"] });
  if (result.ok) revalidatePath("/admin/users");
  return result;
});
