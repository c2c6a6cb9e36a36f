"use server";

import { revalidatePath, updateTag } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { refuse } from "@/lib/auth/gate";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { draftDerivedObservation } from "@/lib/kpis/derived";
import { createObservation, transitionObservation, type TransitionName } from "@/lib/kpis/mutations";
import { KPI_CACHE_TAG } from "@/lib/kpis/public";
import { EVIDENCE_MAX_BYTES } from "@/lib/uploads/sniff";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";

const TRANSITIONS: readonly TransitionName[] = ["submit", "approve", "returnToDraft", "withdraw", "publish"];
const CODE = /^[a-z0-9-]{1,100}$/;

/** Staff record a value as a draft. lib/kpis/mutations checks the role, the input and the rules. */
export const createObservationAction = formStateAction(async function createObservationAction(formData: FormData): Promise<ActionResult<{ id: string; version: number }>> {
  const user = await getCurrentUser();
  const file = formData.get("evidenceFile");
  const evidenceFile =
    file instanceof File && file.size > 0
      ? // The size is checked before reading so an oversized upload is never held whole.
        { bytes: file.size > EVIDENCE_MAX_BYTES ? new Uint8Array() : new Uint8Array(await file.arrayBuffer()), name: file.name }
      : undefined;
  const fields = formDataToObject(formData);
  delete fields.evidenceFile;
  const result = await createObservation(user, fields, { evidenceFile });
  if (!result.ok) return { ...result, values: echoableValues(formData) };
  const code = formData.get("kpiCode");
  if (typeof code === "string" && CODE.test(code)) revalidatePath(`/staff/kpis/${code}`);
  return result;
});

/**
 * One step of the workflow: submit, approve, return to draft, withdraw (the submitter's own
 * submission back to draft) or publish. Who may take the step on this value is decided in
 * lib/kpis/mutations once the value is loaded.
 */
export const transitionObservationAction = formStateAction(async function transitionObservationAction(formData: FormData): Promise<ActionResult<{ id: string; kpiCode: string }>> {
  const user = await getCurrentUser();
  if (!user || !can(user, "kpi.observation.edit")) return refuse(user);
  const name = formData.get("transition");
  const id = formData.get("id");
  if (typeof name !== "string" || !TRANSITIONS.includes(name as TransitionName) || typeof id !== "string" || id.length > 40) {
    return fail("errors.invalidChoice");
  }
  const result = await transitionObservation(user, name as TransitionName, id);
  if (!result.ok) return result;
  // Read-your-own-writes: the dashboard and the API drop their cached copy now, not after a delay.
  if (name === "publish") updateTag(KPI_CACHE_TAG);
  revalidatePath(`/staff/kpis/${result.data.kpiCode}`);
  revalidatePath("/staff/kpis");
  return result;
});

/** Counts a derived KPI from platform data and saves the result as a draft for the usual approval. */
export const draftDerivedAction = formStateAction(async function draftDerivedAction(formData: FormData): Promise<ActionResult<{ id: string; version: number; value: number }>> {
  const user = await getCurrentUser();
  if (!user || !can(user, "kpi.observation.edit")) return refuse(user);
  const code = formData.get("kpiCode");
  const fiscalYear = Number(formData.get("fiscalYear"));
  if (typeof code !== "string" || !CODE.test(code)) return fail("errors.invalidChoice");
  const result = await draftDerivedObservation(user, code, fiscalYear);
  if (result.ok) revalidatePath(`/staff/kpis/${code}`);
  return result;
});
