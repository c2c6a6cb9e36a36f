"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { reviewIdea } from "@/lib/ideas/mutations";
import { reviewIdeaSchema } from "@/lib/ideas/schemas";
import { createProjectFromIdeas } from "@/lib/projects/mutations";
import { createProjectSchema } from "@/lib/projects/schemas";

export async function reviewIdeaAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  const result = await runFormAction("idea.review", reviewIdeaSchema, formData, (user, input) => reviewIdea(user, input));
  if (result.ok) revalidatePath("/staff/ideas");
  return result;
}

export async function createProjectAction(_previous: ActionResult<{ slug: string }> | null, formData: FormData): Promise<ActionResult<{ slug: string }>> {
  const result = await runFormAction("project.create", createProjectSchema, formData, (user, input) => createProjectFromIdeas(user, input), {
    arrayKeys: ["ideaIds"],
  });
  if (result.ok) revalidatePath("/zukan");
  return result;
}
