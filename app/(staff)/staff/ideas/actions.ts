"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { publishAnswer, reviewIdea, splitIdea } from "@/lib/ideas/mutations";
import { publishAnswerSchema, reviewIdeaSchema, splitIdeaSchema } from "@/lib/ideas/schemas";
import { createProjectFromIdeas } from "@/lib/projects/mutations";
import { createProjectSchema } from "@/lib/projects/schemas";

export const reviewIdeaAction = formStateAction(async function reviewIdeaAction(formData: FormData): Promise<ActionResult<{ status: string }>> {
  const result = await runFormAction("idea.review", reviewIdeaSchema, formData, (user, input) => reviewIdea(user, input));
  // The idea may leave the queue, taking its form with it: the page itself confirms the decision.
  if (result.ok) redirect(`/staff/ideas?decided=${encodeURIComponent(String(formData.get("ideaId")))}`);
  return result;
});

export const createProjectAction = formStateAction(async function createProjectAction(formData: FormData): Promise<ActionResult<{ slug: string }>> {
  const result = await runFormAction("project.create", createProjectSchema, formData, (user, input) => createProjectFromIdeas(user, input), {
    arrayKeys: ["ideaIds"],
  });
  if (!result.ok) return result;
  revalidatePath("/zukan");
  // Straight to the new project, where staff and its lead add what it needs.
  redirect(`/zukan/${result.data.slug}`);
});

export const publishAnswerAction = formStateAction(async function publishAnswerAction(formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("idea.review", publishAnswerSchema, formData, (user, input) => publishAnswer(user, input.ideaId));
  if (result.ok) redirect(`/staff/ideas?answered=${encodeURIComponent(String(formData.get("ideaId")))}`);
  return result;
});

export const splitIdeaAction = formStateAction(async function splitIdeaAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("idea.review", splitIdeaSchema, formData, (user, input) => splitIdea(user, input));
  if (result.ok) redirect(`/staff/ideas?decided=${encodeURIComponent(result.data.id)}`);
  return result;
});
