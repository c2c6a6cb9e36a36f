"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
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

export const offerSupportAction = formStateAction(async function offerSupportAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("project.participate", offerSupportSchema, formData, offerSupport);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});

export const decideOfferAction = formStateAction(async function decideOfferAction(formData: FormData): Promise<ActionResult<{ needStatus: string }>> {
  const result = await runFormAction("project.participate", decideOfferSchema, formData, (user, input) => decideOffer(user, input));
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});

export const changeStageAction = formStateAction(async function changeStageAction(formData: FormData): Promise<ActionResult<{ stage: string }>> {
  const result = await runFormAction("project.participate", changeStageSchema, formData, (user, input) => changeProjectStage(user, input));
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});

export const addNeedAction = formStateAction(async function addNeedAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("project.participate", addNeedSchema, formData, addNeed);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});

export const toggleCheerAction = formStateAction(async function toggleCheerAction(formData: FormData): Promise<ActionResult<{ cheered: boolean; count: number }>> {
  const result = await runFormAction("project.participate", cheerSchema, formData, (user, input) => toggleCheer(user, input.projectId));
  if (result.ok) revalidatePath("/zukan", "layout");
  return result;
});

export const postUpdateAction = formStateAction(async function postUpdateAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const photo = formData.get("photo");
  const result = await runFormAction("project.participate", postUpdateSchema, formData, (user, input) =>
    postProjectUpdate(user, input, photo instanceof File ? photo : null),
  );
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});

export const toggleFollowAction = formStateAction(async function toggleFollowAction(formData: FormData): Promise<ActionResult<{ following: boolean }>> {
  return runFormAction("project.participate", followSchema, formData, (user, input) => toggleFollow(user, input.projectId));
});

export const postCommentAction = formStateAction(async function postCommentAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction("comment.post", postCommentSchema, formData, postComment);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});

export const reportContentAction = formStateAction(async function reportContentAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runFormAction("content.report", reportContentSchema, formData, reportContent);
});

export const addTeamMemberAction = formStateAction(async function addTeamMemberAction(formData: FormData): Promise<ActionResult<{ invited: boolean }>> {
  const result = await runFormAction("project.participate", addTeamMemberSchema, formData, addTeamMember);
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});

export const linkKpiAction = formStateAction(async function linkKpiAction(formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("project.create", linkKpiSchema, formData, (user, input) => linkProjectKpi(user, input.projectId, input.kpiCode));
  if (result.ok) revalidatePath("/zukan/[slug]", "page");
  return result;
});
