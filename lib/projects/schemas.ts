import { z } from "zod";
import { multiLine, singleLine } from "../validation/text";
import { NEED_KINDS } from "../ideas/schemas";
import { PROJECT_STAGES } from "./rules";

const id = z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(64, { error: "errors.invalidChoice" });

const optionalNote = z
  .string()
  .trim()
  .max(2_000, { error: "errors.tooLong" })
  .optional()
  .transform((v) => (v ? v : undefined));

/** Staff create a project from accepted ideas. */
export const createProjectSchema = z.object({
  titleJa: singleLine(80),
  summaryJa: multiLine(1_000),
  ideaIds: z.array(id, { error: "errors.invalidChoice" }).min(1, { error: "errors.chooseIdea" }).max(20, { error: "errors.invalidChoice" }),
  leadEmail: z
    .string()
    .trim()
    .max(254, { error: "errors.tooLong" })
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined)),
});
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

export const changeStageSchema = z.object({
  projectId: id,
  to: z.enum(PROJECT_STAGES, { error: "errors.invalidChoice" }),
  note: optionalNote,
});
export type ChangeStageInput = z.infer<typeof changeStageSchema>;

const FUNDING_ROUTES = ["CROWDFUNDING_FURUSATO_NOZEI", "CORPORATE_FURUSATO_NOZEI", "GRANT", "SPONSORSHIP"] as const;

/** Whole yen as people type it in Japan: full-width digits, commas and 円 are accepted. */
const yenAmount = z
  .string()
  .trim()
  .max(16, { error: "errors.amountInvalid" })
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const normalised = v.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，円¥￥]/g, "");
    const amount = Number(normalised);
    if (!/^\d+$/.test(normalised) || !Number.isSafeInteger(amount) || amount <= 0 || amount > 1_000_000_000) {
      ctx.addIssue({ code: "custom", message: "errors.amountInvalid" });
      return z.NEVER;
    }
    return amount;
  });

/** The lead or staff say what the project needs. */
export const addNeedSchema = z
  .object({
    projectId: id,
    kind: z.enum(NEED_KINDS, { error: "errors.invalidChoice" }),
    titleJa: singleLine(80),
    descriptionJa: z
      .string()
      .trim()
      .max(1_000, { error: "errors.tooLong" })
      .optional()
      .transform((v) => (v ? v : undefined)),
    fundingRoute: z
      .enum(FUNDING_ROUTES, { error: "errors.invalidChoice" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    amountJpy: yenAmount,
  })
  .refine((v) => v.kind !== "FUNDING" || v.amountJpy !== undefined, { path: ["amountJpy"], error: "errors.amountRequired" });
export type AddNeedInput = z.infer<typeof addNeedSchema>;

export const offerSupportSchema = z.object({
  needId: id,
  message: multiLine(2_000),
  amountJpy: yenAmount,
});
export type OfferSupportInput = z.infer<typeof offerSupportSchema>;

export const decideOfferSchema = z.object({
  offerId: id,
  decision: z.enum(["ACCEPTED", "DECLINED"], { error: "errors.invalidChoice" }),
  note: optionalNote,
});
export type DecideOfferInput = z.infer<typeof decideOfferSchema>;

export const cheerSchema = z.object({ projectId: id });

/** A progress update; the photo itself is checked by lib/uploads (bytes, size, metadata). */
export const postUpdateSchema = z.object({
  projectId: id,
  body: multiLine(4_000),
  photoAlt: z
    .string()
    .trim()
    .max(200, { error: "errors.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type PostUpdateInput = z.infer<typeof postUpdateSchema>;

export const followSchema = z.object({ projectId: id });
