"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { submitIdea } from "@/lib/ideas/mutations";
import { submitIdeaSchema } from "@/lib/ideas/schemas";

export async function submitIdeaAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("idea.submit", submitIdeaSchema, formData, submitIdea, { arrayKeys: ["sdgGoals", "needs", "issueCardIds"] });
  if (result.ok) redirect(`/ideas/mine?submitted=${encodeURIComponent(result.data.id)}`);
  return result;
}
