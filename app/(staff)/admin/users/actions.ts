"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { createUserSchema } from "@/lib/auth/schemas";
import { createUser } from "@/lib/users/mutations";

export async function createUserAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("user.create", createUserSchema, formData, createUser, { arrayKeys: ["roles"] });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
