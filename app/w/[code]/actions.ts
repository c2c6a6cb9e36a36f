"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/security/client-address";
import { consume } from "@/lib/security/rate-limit";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf } from "@/lib/validation/text";
import type { ParticipantContext } from "@/lib/workshops/mutations/context";
import { joinSession } from "@/lib/workshops/mutations/join";
import { editIssueCard, linkIssueCards, postIssueCard, postWorkshopIdea, reportPost, submitPicks } from "@/lib/workshops/mutations/participate";
import { vote } from "@/lib/workshops/mutations/votes";
import { participantIdFromCookie, rememberParticipant, resolveParticipant } from "@/lib/workshops/participants";
import { findSessionByCode } from "@/lib/workshops/queries";
import {
  editIssueCardSchema,
  ideaSchema,
  issueCardSchema,
  issueLinkSchema,
  joinCodeSchema,
  joinSchema,
  picksSchema,
  reportPostSchema,
  voteSchema,
} from "@/lib/workshops/schemas";

/** Joins by code; on success the phone gets its participant cookie and goes to the session. */
export const joinAction = formStateAction(async function joinAction(formData: FormData): Promise<ActionResult<undefined>> {
  const address = await clientAddress();
  if (!(await consume("workshopJoin", address)).allowed) return fail("workshopErrors.joinBusy");
  const code = joinCodeSchema.safeParse(formData.get("code") ?? "");
  if (!code.success) return fail("workshopErrors.invalidCode");
  const session = await findSessionByCode(code.data);
  if (!session) return fail("workshopErrors.invalidCode");
  const parsed = joinSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData));
  const joiner = { user: await getCurrentUser(), cookieParticipantId: await participantIdFromCookie(session.id), address };
  const result = await joinSession(session.id, parsed.data, joiner);
  if (!result.ok) return result;
  await rememberParticipant(session.id, result.data.participantId);
  redirect(`/w/${code.data}`);
});

/**
 * The shared steps of every post from a phone: the participant of this session (signed cookie
 * or account), the per-participant rate limit, then the schema. Expected failures return keys.
 */
async function asParticipant<S extends z.ZodType, T>(
  formData: FormData,
  schema: S,
  arrayKeys: readonly string[],
  run: (participant: ParticipantContext, input: z.output<S>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const sessionId = formData.get("sessionId");
  if (typeof sessionId !== "string" || sessionId.length > 64) return fail("workshopErrors.notParticipant");
  const participant = await resolveParticipant(sessionId);
  if (!participant) return fail("workshopErrors.notParticipant");
  if (!(await consume("workshopPost", participant.id)).allowed) return fail("workshopErrors.rateLimited");
  const parsed = schema.safeParse(formDataToObject(formData, arrayKeys));
  if (!parsed.success) return fail("errors.checkFields", fieldErrorsOf(parsed.error), echoableValues(formData, ["sessionId"]));
  return run(participant, parsed.data);
}

type Result<T = undefined> = Promise<ActionResult<T>>;

export const picksAction = formStateAction(async function picksAction(formData: FormData): Result {
  return asParticipant(formData, picksSchema, ["goals"], submitPicks);
});

export const issueCardAction = formStateAction(async function issueCardAction(formData: FormData): Result<{ id: string; duplicate: boolean }> {
  return asParticipant(formData, issueCardSchema, [], postIssueCard);
});

export const editIssueCardAction = formStateAction(async function editIssueCardAction(formData: FormData): Result {
  return asParticipant(formData, editIssueCardSchema, [], editIssueCard);
});

export const issueLinkAction = formStateAction(async function issueLinkAction(formData: FormData): Result {
  return asParticipant(formData, issueLinkSchema, [], linkIssueCards);
});

export const ideaAction = formStateAction(async function ideaAction(formData: FormData): Result<{ id: string; duplicate: boolean }> {
  return asParticipant(formData, ideaSchema, ["issueCardIds", "goals", "needs"], postWorkshopIdea);
});

export const voteAction = formStateAction(async function voteAction(formData: FormData): Result<{ left: number }> {
  return asParticipant(formData, voteSchema, [], vote);
});

export const reportAction = formStateAction(async function reportAction(formData: FormData): Result {
  return asParticipant(formData, reportPostSchema, [], reportPost);
});
