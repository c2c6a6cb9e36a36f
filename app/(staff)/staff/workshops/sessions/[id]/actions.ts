"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { refuse } from "@/lib/auth/gate";
import { can } from "@/lib/auth/roles";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";
import { restoreHiddenPost } from "@/lib/comments/hidden";
import { authoriseFacilitation, sessionOfPost } from "@/lib/workshops/access";
import {
  closeSession,
  clusterIdeas,
  hidePost,
  linkCardsAsFacilitator,
  mergeIssueCards,
  openSession,
  setStage,
  setSubmissionsOpen,
  shortlistIdea,
} from "@/lib/workshops/mutations/facilitate";
import {
  clusterSchema,
  issueLinkSchema,
  mergeSchema,
  postRefSchema,
  sessionIdSchema,
  shortlistSchema,
  stageSchema,
  submissionsSchema,
} from "@/lib/workshops/schemas";

/**
 * The facilitator's steps: parse, find the session the input belongs to, check that this person
 * may drive that session (not only that they are staff), then act. Every mutation is audited.
 */
async function asFacilitator<S extends z.ZodType, T>(
  formData: FormData,
  schema: S,
  arrayKeys: readonly string[],
  sessionOf: (input: z.output<S>) => Promise<string | null>,
  run: (user: CurrentUser, sessionId: string, input: z.output<S>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  // The role first, before the input is read; then whether this person may drive this session.
  const user = await getCurrentUser();
  if (!user || !can(user, "workshop.console.view")) return refuse(user);
  const parsed = schema.safeParse(formDataToObject(formData, arrayKeys));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error));
  const sessionId = await sessionOf(parsed.data);
  const access = await authoriseFacilitation(sessionId ?? "");
  if (!access.ok) return fail(access.error);
  const result = await run(access.user, access.session.id, parsed.data);
  if (result.ok) revalidatePath(`/staff/workshops/sessions/${access.session.id}`);
  return result;
}

const bySessionId = async (input: { sessionId: string }) => input.sessionId;
type Result<T = undefined> = Promise<ActionResult<T>>;

export const openSessionAction = formStateAction(async function openSessionAction(formData: FormData): Result<{ joinCode: string }> {
  return asFacilitator(formData, sessionIdSchema, [], bySessionId, (user, sessionId) => openSession(user, sessionId));
});

export const stageAction = formStateAction(async function stageAction(formData: FormData): Result {
  return asFacilitator(formData, stageSchema, [], bySessionId, (user, sessionId, input) => setStage(user, sessionId, input.stage));
});

export const submissionsAction = formStateAction(async function submissionsAction(formData: FormData): Result {
  return asFacilitator(formData, submissionsSchema, [], bySessionId, (user, sessionId, input) => setSubmissionsOpen(user, sessionId, input.open));
});

export const closeSessionAction = formStateAction(async function closeSessionAction(formData: FormData): Result {
  return asFacilitator(formData, sessionIdSchema, [], bySessionId, (user, sessionId) => closeSession(user, sessionId));
});

export const hidePostAction = formStateAction(async function hidePostAction(formData: FormData): Result {
  return asFacilitator(
    formData,
    postRefSchema,
    [],
    (input) => sessionOfPost(input.subjectType, input.subjectId),
    (user, sessionId, input) => hidePost(user, sessionId, input.subjectType, input.subjectId),
  );
});

/** 表示に戻す in the console: a post of a session this person may drive; audited, idempotent. */
export const unhidePostAction = formStateAction(async function unhidePostAction(formData: FormData): Result<{ restored: boolean }> {
  return asFacilitator(
    formData,
    postRefSchema,
    [],
    (input) => sessionOfPost(input.subjectType, input.subjectId),
    (user, sessionId, input) => restoreHiddenPost(user, input.subjectType, input.subjectId, { sessionId }),
  );
});

export const mergeCardsAction = formStateAction(async function mergeCardsAction(formData: FormData): Result {
  return asFacilitator(
    formData,
    mergeSchema,
    [],
    (input) => sessionOfPost("ISSUE_CARD", input.cardId),
    (user, sessionId, input) => mergeIssueCards(user, sessionId, input.cardId, input.intoCardId),
  );
});

export const linkCardsAction = formStateAction(async function linkCardsAction(formData: FormData): Result {
  return asFacilitator(
    formData,
    issueLinkSchema,
    [],
    (input) => sessionOfPost("ISSUE_CARD", input.fromCardId),
    (user, sessionId, input) => linkCardsAsFacilitator(user, sessionId, input.fromCardId, input.toCardId),
  );
});

export const clusterAction = formStateAction(async function clusterAction(formData: FormData): Result<{ id: string }> {
  return asFacilitator(formData, clusterSchema, ["ideaIds"], bySessionId, (user, sessionId, input) => clusterIdeas(user, sessionId, input.label, input.ideaIds));
});

export const shortlistAction = formStateAction(async function shortlistAction(formData: FormData): Result<{ ideaId: string }> {
  return asFacilitator(
    formData,
    shortlistSchema,
    [],
    (input) => sessionOfPost("WORKSHOP_IDEA", input.ideaId),
    (user, sessionId, input) => shortlistIdea(user, sessionId, input.ideaId),
  );
});
