import { newPasswordSchema } from "../auth/schemas";
import { email } from "../validation/text";
import { z } from "../validation/zod";

const currentPassword = z
  .string({ error: "errors.required" })
  .min(1, { error: "errors.required" })
  .max(128, { error: "errors.tooLong" });

const newPassword = newPasswordSchema;

/** An unticked checkbox sends nothing, which means "private". */
export const profileVisibilitySchema = z.object({
  isPublicProfile: z
    .literal("on", { error: "errors.invalidChoice" })
    .optional()
    .transform((v) => v === "on"),
});

export const changePasswordSchema = z
  .object({
    currentPassword,
    newPassword,
    newPasswordConfirm: z.string({ error: "errors.required" }).max(128, { error: "errors.tooLong" }),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, { path: ["newPasswordConfirm"], error: "errors.passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "accountErrors.samePassword" });

export const SIGN_OUT_SCOPES = ["others", "all"] as const;

/** Which sessions to end: every other browser, or this one too. */
export const signOutEverywhereSchema = z.object({
  scope: z.enum(SIGN_OUT_SCOPES, { error: "errors.invalidChoice" }),
});

export const deleteAccountSchema = z.object({
  password: currentPassword,
  confirm: z.literal("on", { error: "accountErrors.confirmDeletion" }),
});

/** A new address, with the current password: a session left open elsewhere cannot take the account. */
export const changeEmailSchema = z.object({
  newEmail: email(),
  currentPassword,
});
