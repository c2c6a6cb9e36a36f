"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { publishAnswer, reviewIdea, splitIdea } from "@/lib/ideas/mutations";
import { publishAnswerSchema, reviewIdeaSchema, splitIdeaSchema } from "@/lib/ideas/schemas";
import { createProjectFromIdeas } from "@/lib/projects/mutations";
import { createProjectSchema } from "@/lib/projects/schemas";

export async function reviewIdeaAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  const result = await runFormAction("idea.review", reviewIdeaSchema, formData, (user, input) => reviewIdea(user, input));
  // The idea may leave the queue, taking its form with it: the page itself confirms the decision.
  if (result.ok) redirect(`/staff/ideas?decided=${encodeURIComponent(String(formData.get("ideaId")))}`);
  return result;
}

export async function createProjectAction(_previous: ActionResult<{ slug: string }> | null, formData: FormData): Promise<ActionResult<{ slug: string }>> {
  const result = await runFormAction("project.create", createProjectSchema, formData, (user, input) => createProjectFromIdeas(user, input), {
    arrayKeys: ["ideaIds"],
  });
  if (!result.ok) return result;
  revalidatePath("/zukan");
  // Straight to the new project, where staff and its lead add what it needs.
  redirect(`/zukan/${result.data.slug}`);
}

export async function publishAnswerAction(_previous: ActionResult<undefined> | null, formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("idea.review", publishAnswerSchema, formData, (user, input) => publishAnswer(user, input.ideaId));
  if (result.ok) redirect(`/staff/ideas?answered=${encodeURIComponent(String(formData.get("ideaId")))}`);
  return result;
}

export async function splitIdeaAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("idea.review", splitIdeaSchema, formData, (user, input) => splitIdea(user, input));
  if (result.ok) redirect(`/staff/ideas?decided=${encodeURIComponent(result.data.id)}`);
  return result;
}
