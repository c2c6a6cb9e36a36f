"use server";

import { revalidatePath } from "next/cache";
import { formStateAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { refuse } from "@/lib/auth/gate";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { applyImport, previewImport, type ImportPreview } from "@/lib/kpis/import";
import { IMPORT_MAX_BYTES } from "@/lib/kpis/import-parse";

/** Step 1: read the uploaded file and show what would change. Writes nothing. */
export const previewImportAction = formStateAction(async function previewImportAction(formData: FormData): Promise<ActionResult<ImportPreview>> {
  const user = await getCurrentUser();
  if (!user || !can(user, "kpi.import")) return refuse(user);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return fail("kpiImport.errors.noFile", { file: ["kpiImport.errors.noFile"] });
  // Checked before reading, so an oversized upload is never held in memory as a whole.
  if (file.size > IMPORT_MAX_BYTES) return fail("kpiImport.errors.tooLarge", { file: ["kpiImport.errors.tooLarge"] });
  return previewImport(user, new Uint8Array(await file.arrayBuffer()));
});

/** Step 2: apply the previewed content, checked again from scratch, all or nothing. */
export const applyImportAction = formStateAction(async function applyImportAction(formData: FormData): Promise<ActionResult<{ created: number; unchanged: number }>> {
  const user = await getCurrentUser();
  if (!user || !can(user, "kpi.import")) return refuse(user);
  const text = formData.get("text");
  if (typeof text !== "string" || text.length === 0) return fail("kpiImport.errors.empty");
  const result = await applyImport(user, new TextEncoder().encode(text));
  if (result.ok) revalidatePath("/staff/kpis");
  return result;
});
