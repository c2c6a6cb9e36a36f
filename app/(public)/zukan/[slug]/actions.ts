"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";
import { postComment, reportContent } from "@/lib/comments/mutations";
import { postCommentSchema, reportContentSchema } from "@/lib/comments/schemas";
import {
  addNeed,
  addTeamMember,
  changeProjectStage,
  decideOffer,
  linkProjectKpi,
  offerSupport,
  postProjectUpdate,
  toggleCheer,
  toggleFollow,
} from "@/lib/projects/mutations";
import {
  addNeedSchema,
  addTeamMemberSchema,
  changeStageSchema,
  cheerSchema,
  decideOfferSchema,
  followSchema,
  linkKpiSchema,
  offerSupportSchema,
  postUpdateSchema,
} from "@/lib/projects/schemas";

// `project.participate` only requires a signed-in person; whether they may act on this project
// (its lead, or staff) is checked in the mutations, which know the project.

export async function offerSupportAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("project.participate", offerSupportSchema, formData, offerSupport);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}

export async function decideOfferAction(_previous: ActionResult<{ needStatus: string }> | null, formData: FormData): Promise<ActionResult<{ needStatus: string }>> {
  const result = await runFormAction("project.participate", decideOfferSchema, formData, (user, input) => decideOffer(user, input));
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}

export async function changeStageAction(_previous: ActionResult<{ stage: string }> | null, formData: FormData): Promise<ActionResult<{ stage: string }>> {
  const result = await runFormAction("project.participate", changeStageSchema, formData, (user, input) => changeProjectStage(user, input));
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}

export async function addNeedAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("project.participate", addNeedSchema, formData, addNeed);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}

export async function toggleCheerAction(
  _previous: ActionResult<{ cheered: boolean; count: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ cheered: boolean; count: number }>> {
  const result = await runFormAction("project.participate", cheerSchema, formData, (user, input) => toggleCheer(user, input.projectId));
  if (result.ok) revalidatePath("/zukan", "layout");
  return result;
}

export async function postUpdateAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const photo = formData.get("photo");
  const result = await runFormAction("project.participate", postUpdateSchema, formData, (user, input) =>
    postProjectUpdate(user, input, photo instanceof File ? photo : null),
  );
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}

export async function toggleFollowAction(_previous: ActionResult<{ following: boolean }> | null, formData: FormData): Promise<ActionResult<{ following: boolean }>> {
  return runFormAction("project.participate", followSchema, formData, (user, input) => toggleFollow(user, input.projectId));
}

export async function postCommentAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("comment.post", postCommentSchema, formData, postComment);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}

export async function reportContentAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction("content.report", reportContentSchema, formData, reportContent);
}

export async function addTeamMemberAction(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("project.participate", addTeamMemberSchema, formData, addTeamMember);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}

export async function linkKpiAction(_previous: ActionResult<undefined> | null, formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("project.create", linkKpiSchema, formData, (user, input) => linkProjectKpi(user, input.projectId, input.kpiCode));
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
}
