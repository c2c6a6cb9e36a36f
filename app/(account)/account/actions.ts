"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestEmailChange } from "@/lib/account/email-change";
import { changePassword, deleteAccount, setProfileVisibility, signOutEverywhere } from "@/lib/account/mutations";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, profileVisibilitySchema, signOutEverywhereSchema } from "@/lib/account/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";

const PASSWORDS = { secretKeys: ["currentPassword", "newPassword", "newPasswordConfirm", "password"] };

export async function profileVisibilityAction(_previous: ActionResult<{ isPublicProfile: boolean }> | null, formData: FormData): Promise<ActionResult<{ isPublicProfile: boolean }>> {
  const result = await runFormAction("account.manage", profileVisibilitySchema, formData, setProfileVisibility);
  // A name appears (or disappears) on every page the person ever posted on.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function changePasswordAction(_previous: ActionResult<{ endedSessions: number }> | null, formData: FormData): Promise<ActionResult<{ endedSessions: number }>> {
  const result = await runFormAction("account.manage", changePasswordSchema, formData, changePassword, PASSWORDS);
  if (result.ok) revalidatePath("/account");
  return result;
}

export async function changeEmailAction(_previous: ActionResult<{ email: string }> | null, formData: FormData): Promise<ActionResult<{ email: string }>> {
  return runFormAction("account.manage", changeEmailSchema, formData, requestEmailChange, PASSWORDS);
}

export async function signOutEverywhereAction(_previous: ActionResult<{ endedSessions: number }> | null, formData: FormData): Promise<ActionResult<{ endedSessions: number }>> {
  const result = await runFormAction("account.manage", signOutEverywhereSchema, formData, signOutEverywhere);
  if (result.ok && formData.get("scope") === "all") redirect("/signin");
  if (result.ok) revalidatePath("/account");
  return result;
}

export async function deleteAccountAction(_previous: ActionResult<undefined> | null, formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("account.manage", deleteAccountSchema, formData, deleteAccount, PASSWORDS);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/account/deleted");
}
