import { z } from "../validation/zod";
import { email, singleLine } from "../validation/text";

// argon2 work grows with input length, so an upper bound also protects the server.
export const newPasswordSchema = z
  .string({ error: "errors.required" })
  .min(10, { error: "errors.passwordTooShort" })
  .max(128, { error: "errors.tooLong" });

export const SIGN_UP_PURPOSES = ["RESIDENT", "NETSUGEN"] as const;
export const INDIVIDUAL_PLAN_CODES = ["individual-monthly", "individual-hourly"] as const;

export const signUpSchema = z
  .object({
    name: singleLine(60),
    email: email(),
    password: newPasswordSchema,
    passwordConfirm: z.string({ error: "errors.required" }).max(128, { error: "errors.tooLong" }),
    purpose: z.enum(SIGN_UP_PURPOSES, { error: "errors.invalidChoice" }),
    /** For NETSUGEN applicants: the individual plan applied for (companies apply separately). */
    planCode: z.enum(INDIVIDUAL_PLAN_CODES, { error: "errors.invalidChoice" }).optional(),
    acceptTerms: z.literal("on", { error: "errors.mustAcceptTerms" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "errors.passwordMismatch" })
  .refine((v) => v.purpose !== "NETSUGEN" || v.planCode !== undefined, { path: ["planCode"], error: "errors.choosePlan" });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: email(),
  password: z.string({ error: "errors.required" }).min(1, { error: "errors.required" }).max(128, { error: "errors.tooLong" }),
});

export const ROLE_VALUES = ["RESIDENT", "MEMBER", "FACILITATOR", "STAFF", "ADMIN"] as const;

/** Admins invite staff, facilitators and other admins; each sets their own password. */
export const createUserSchema = z.object({
  name: singleLine(60),
  email: email(),
  roles: z
    .array(z.enum(ROLE_VALUES, { error: "errors.invalidChoice" }), { error: "errors.invalidChoice" })
    .min(1, { error: "errors.chooseOneRole" })
    .max(ROLE_VALUES.length, { error: "errors.invalidChoice" })
    .transform((roles) => [...new Set(roles)]),
});

/** The token of a link sent by mail: 43 base64url characters; anything far longer is not one. */
export const accountTokenSchema = z.string({ error: "errors.required" }).min(1, { error: "errors.required" }).max(200, { error: "errors.tooLong" });

export const emailConfirmationSchema = z.object({ token: accountTokenSchema });

export const passwordResetRequestSchema = z.object({ email: email() });

export const passwordResetSchema = z
  .object({
    token: accountTokenSchema,
    password: newPasswordSchema,
    passwordConfirm: z.string({ error: "errors.required" }).max(128, { error: "errors.tooLong" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "errors.passwordMismatch" });
