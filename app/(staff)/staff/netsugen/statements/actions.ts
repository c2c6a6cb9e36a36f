"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { issueStatement, markStatementPaid } from "@/lib/netsugen/statements";
import { formDataToObject } from "@/lib/validation/form-data";

export async function issueStatementAction(_previous: ActionResult<{ id: string; totalJpy: number }> | null, formData: FormData) {
  const result = await issueStatement(await getCurrentUser(), formDataToObject(formData));
  if (result.ok) revalidatePath("/staff/netsugen/statements");
  return result;
}

export async function markPaidAction(_previous: ActionResult<{ id: string }> | null, formData: FormData) {
  const result = await markStatementPaid(await getCurrentUser(), String(formData.get("statementId") ?? ""));
  if (result.ok) revalidatePath("/staff/netsugen/statements");
  return result;
}
