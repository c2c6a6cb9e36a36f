"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { answerTeamInvitation } from "@/lib/projects/invitations";
import { teamInvitationAnswerSchema } from "@/lib/projects/schemas";

/** The invited person joins the team or declines; lib/projects/invitations checks it is their invitation. */
export const answerTeamInvitationAction = formStateAction(async function answerTeamInvitationAction(
  formData: FormData,
): Promise<ActionResult<{ projectSlug: string; joined: boolean }>> {
  const result = await runFormAction("project.participate", teamInvitationAnswerSchema, formData, (user, input) =>
    answerTeamInvitation(user, { token: input.token, accept: input.answer === "accept" }),
  );
  if (result.ok) revalidatePath(`/zukan/${result.data.projectSlug}`);
  return result;
});
