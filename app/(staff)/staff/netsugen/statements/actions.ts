"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { issueStatement, markStatementPaid } from "@/lib/netsugen/statements";
import { formDataToObject } from "@/lib/validation/form-data";

export const issueStatementAction = formStateAction(async function issueStatementAction(formData: FormData): Promise<ActionResult<{ id: string; totalJpy: number }>> {
  const result = await issueStatement(await getCurrentUser(), formDataToObject(formData));
  if (result.ok) revalidatePath("/staff/netsugen/statements");
  return result;
});

export const markPaidAction = formStateAction(async function markPaidAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await markStatementPaid(await getCurrentUser(), String(formData.get("statementId") ?? ""));
  if (result.ok) revalidatePath("/staff/netsugen/statements");
  return result;
});
