import { z } from "../validation/zod";
import { RESIDENCES } from "./prefectures";
import { TIE_KINDS } from "./tie-kinds";

const RESIDENCE_CODES = new Set(RESIDENCES.map((r) => r.code));
const checkbox = z
  .literal("on", { error: "errors.invalidChoice" })
  .optional()
  .transform((v) => v === "on");

/** Registering as a supporter, or changing the registration: everything on one short form. */
export const supporterSchema = z
  .object({
    residence: z
      .string({ error: "supporterErrors.chooseResidence" })
      .max(2, { error: "supporterErrors.chooseResidence" })
      .regex(/^\d{1,2}$/, { error: "supporterErrors.chooseResidence" })
      .transform(Number)
      .refine((code) => RESIDENCE_CODES.has(code), { error: "supporterErrors.chooseResidence" }),
    // Municipality row ids; the mutation keeps only ids that exist.
    municipalityIds: z
      .array(z.string().regex(/^\d{1,6}$/, { error: "errors.invalidChoice" }).transform(Number), { error: "errors.invalidChoice" })
      .max(35, { error: "errors.invalidChoice" })
      .default([])
      .transform((ids) => [...new Set(ids)]),
    wholePrefecture: checkbox,
    tieKinds: z
      .array(z.enum(TIE_KINDS, { error: "errors.invalidChoice" }), { error: "supporterErrors.chooseTieKind" })
      .max(TIE_KINDS.length, { error: "errors.invalidChoice" })
      .default([])
      .transform((kinds) => [...new Set(kinds)])
      .refine((kinds) => kinds.length > 0, { error: "supporterErrors.chooseTieKind" }),
    notifyConsent: checkbox,
    registerConsent: checkbox,
  })
  .refine((v) => v.wholePrefecture || v.municipalityIds.length > 0, { path: ["municipalityIds"], error: "supporterErrors.choosePlace" });

export type SupporterInput = z.output<typeof supporterSchema>;

/** Withdrawing needs only the ticked confirmation. */
export const withdrawSupporterSchema = z.object({
  confirm: z.literal("on", { error: "supporterErrors.confirmWithdraw" }),
});
