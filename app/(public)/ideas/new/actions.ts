"use server";

import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { submitIdea } from "@/lib/ideas/mutations";
import { submitIdeaSchema } from "@/lib/ideas/schemas";

export const submitIdeaAction = formStateAction(async function submitIdeaAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("idea.submit", submitIdeaSchema, formData, submitIdea, { arrayKeys: ["sdgGoals", "needs", "issueCardIds"] });
  if (result.ok) redirect(`/ideas/mine?submitted=${encodeURIComponent(result.data.id)}`);
  return result;
});
