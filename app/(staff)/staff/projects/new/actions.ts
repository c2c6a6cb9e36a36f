"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { registerProject } from "@/lib/projects/mutations";
import { registerProjectSchema } from "@/lib/projects/schemas";

export const registerProjectAction = formStateAction(async function registerProjectAction(formData: FormData): Promise<ActionResult<{ slug: string }>> {
  const result = await runFormAction("project.create", registerProjectSchema, formData, (user, input) => registerProject(user, input));
  if (!result.ok) return result;
  revalidatePath("/zukan");
  redirect(`/zukan/${result.data.slug}`);
});
