import { z } from "../validation/zod";
import { email, multiLine, optionalPositiveInt, optionalText, singleLine } from "../validation/text";
import { NEED_KINDS } from "../ideas/choices";
import { FUNDING_ROUTES, ORGANISATION_TYPES } from "./choices";
import { PROJECT_STAGES } from "./rules";

const id = z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(64, { error: "errors.invalidChoice" });

const optionalNote = optionalText(2_000);

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
    descriptionJa: optionalText(1_000),
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
  photoAlt: optionalText(200),
});
export type PostUpdateInput = z.infer<typeof postUpdateSchema>;

export const followSchema = z.object({ projectId: id });

/** Staff register an initiative that already exists, with the stage it is in. */
export const registerProjectSchema = z.object({
  titleJa: singleLine(80),
  titleEn: optionalText(120),
  summaryJa: multiLine(1_000),
  municipalityId: optionalPositiveInt(),
  stage: z.enum(PROJECT_STAGES, { error: "errors.invalidChoice" }),
});
export type RegisterProjectInput = z.infer<typeof registerProjectSchema>;

/** The lead or staff invite a person (by address) or add a partner organisation. */
export const addTeamMemberSchema = z
  .object({
    projectId: id,
    role: z.enum(["LEAD", "MEMBER", "PARTNER"], { error: "errors.invalidChoice" }),
    // Read only for a person: a partner's form has no address.
    email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), email().optional()),
    organisationName: z
      .string()
      .trim()
      .max(100, { error: "errors.tooLong" })
      .refine((s) => !/[<>]/.test(s), { error: "errors.markupNotAllowed" })
      .optional()
      .transform((v) => (v ? v : undefined)),
    organisationType: z.enum(ORGANISATION_TYPES, { error: "errors.invalidChoice" }).optional().or(z.literal("").transform(() => undefined)),
  })
  .refine((v) => v.role !== "PARTNER" || (v.organisationName !== undefined && v.organisationType !== undefined), {
    path: ["organisationName"],
    error: "errors.organisationRequired",
  })
  .refine((v) => v.role === "PARTNER" || v.email !== undefined, { path: ["email"], error: "errors.required" });
export type AddTeamMemberInput = z.infer<typeof addTeamMemberSchema>;

export const linkKpiSchema = z.object({ projectId: id, kpiCode: z.string().trim().min(1, { error: "errors.required" }).max(100, { error: "errors.invalidChoice" }) });

/** The answer to a team invitation, from the page its mail links to. */
export const teamInvitationAnswerSchema = z.object({
  token: z.string().trim().min(1, { error: "teamInvitation.unusable" }).max(200, { error: "teamInvitation.unusable" }),
  answer: z.enum(["accept", "decline"], { error: "errors.invalidChoice" }),
});
export type TeamInvitationAnswer = z.infer<typeof teamInvitationAnswerSchema>;
