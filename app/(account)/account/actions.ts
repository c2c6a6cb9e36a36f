"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formStateAction } from "@/lib/actions/define";
import { requestEmailChange } from "@/lib/account/email-change";
import { changePassword, deleteAccount, setProfileVisibility, signOutEverywhere } from "@/lib/account/mutations";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, profileVisibilitySchema, signOutEverywhereSchema } from "@/lib/account/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { runFormAction } from "@/lib/actions/run";

const PASSWORDS = { secretKeys: ["currentPassword", "newPassword", "newPasswordConfirm", "password"] };

export const profileVisibilityAction = formStateAction(async function profileVisibilityAction(formData: FormData): Promise<ActionResult<{ isPublicProfile: boolean }>> {
  const result = await runFormAction("account.manage", profileVisibilitySchema, formData, setProfileVisibility);
  // A name appears (or disappears) on every page the person ever posted on.
  if (result.ok) revalidatePath("/", "layout");
  return result;
});

export const changePasswordAction = formStateAction(async function changePasswordAction(formData: FormData): Promise<ActionResult<{ endedSessions: number }>> {
  const result = await runFormAction("account.manage", changePasswordSchema, formData, changePassword, PASSWORDS);
  if (result.ok) revalidatePath("/account");
  return result;
});

export const changeEmailAction = formStateAction(async function changeEmailAction(formData: FormData): Promise<ActionResult<{ email: string }>> {
  return runFormAction("account.manage", changeEmailSchema, formData, requestEmailChange, PASSWORDS);
});

export const signOutEverywhereAction = formStateAction(async function signOutEverywhereAction(formData: FormData): Promise<ActionResult<{ endedSessions: number }>> {
  const result = await runFormAction("account.manage", signOutEverywhereSchema, formData, signOutEverywhere);
  if (result.ok && formData.get("scope") === "all") redirect("/signin");
  if (result.ok) revalidatePath("/account");
  return result;
});

export const deleteAccountAction = formStateAction(async function deleteAccountAction(formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runFormAction("account.manage", deleteAccountSchema, formData, deleteAccount, PASSWORDS);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/account/deleted");
});
