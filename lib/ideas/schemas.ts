import { z } from "../validation/zod";
import { multiLine, optionalPositiveInt, optionalText, singleLine } from "../validation/text";
import { DECLINE_REASONS, NEED_KINDS } from "./choices";

const optionalId = optionalText(64, "errors.invalidChoice");

const sdgGoal = z.coerce
  .number({ error: "errors.invalidChoice" })
  .int({ error: "errors.invalidChoice" })
  .min(1, { error: "errors.invalidChoice" })
  .max(17, { error: "errors.invalidChoice" });

/** An idea submitted on the site by a signed-in person. */
export const submitIdeaSchema = z.object({
  title: singleLine(80),
  description: multiLine(4_000),
  municipalityId: optionalPositiveInt(),
  sdgGoals: z.array(sdgGoal, { error: "errors.invalidChoice" }).max(17, { error: "errors.invalidChoice" }).transform((g) => [...new Set(g)]),
  needs: z
    .array(z.enum(NEED_KINDS, { error: "errors.invalidChoice" }), { error: "errors.invalidChoice" })
    .max(NEED_KINDS.length, { error: "errors.invalidChoice" })
    .transform((n) => [...new Set(n)]),
  /** The workshop issue cards (課題) the idea answers. */
  issueCardIds: z
    .array(z.string().max(64, { error: "errors.invalidChoice" }), { error: "errors.invalidChoice" })
    .max(20, { error: "errors.invalidChoice" })
    .transform((ids) => [...new Set(ids)]),
  /** SDG target codes as people write them: "11.3, 4.7" (full-width digits and 、 accepted). */
  sdgTargets: z
    .string()
    .max(200, { error: "errors.tooLong" })
    .optional()
    .transform((v, ctx) => {
      const codes = (v ?? "")
        .normalize("NFKC")
        .split(/[\s,、，]+/)
        .filter(Boolean)
        .map((code) => code.toLowerCase());
      if (codes.some((code) => !/^\d{1,2}\.[0-9a-z]{1,2}$/.test(code)) || codes.length > 10) {
        ctx.addIssue({ code: "custom", message: "errors.sdgTargetInvalid" });
        return z.NEVER;
      }
      return [...new Set(codes)];
    }),
  /** Set once per form render, so a retried submission is recognised instead of duplicated. */
  clientKey: optionalId,
});
export type SubmitIdeaInput = z.infer<typeof submitIdeaSchema>;

/** A staff decision on an idea. */
export const reviewIdeaSchema = z
  .object({
    ideaId: z.string().min(1, { error: "errors.required" }).max(64, { error: "errors.invalidChoice" }),
    to: z.enum(["UNDER_REVIEW", "ACCEPTED", "DECLINED", "MERGED"], { error: "errors.invalidChoice" }),
    declineReason: z.enum(DECLINE_REASONS, { error: "errors.invalidChoice" }).optional(),
    mergeIntoId: optionalId,
    answer: optionalText(4_000),
  })
  .refine((v) => v.to !== "DECLINED" || v.declineReason !== undefined, { path: ["declineReason"], error: "errors.chooseReason" })
  .refine((v) => v.to !== "MERGED" || v.mergeIntoId !== undefined, { path: ["mergeIntoId"], error: "errors.chooseIdea" });
export type ReviewIdeaInput = z.infer<typeof reviewIdeaSchema>;

export const publishAnswerSchema = z.object({ ideaId: z.string().min(1, { error: "errors.required" }).max(64, { error: "errors.invalidChoice" }) });

/** Staff split a second proposal out of an idea that holds two; both keep the provenance. */
export const splitIdeaSchema = z.object({
  ideaId: z.string().min(1, { error: "errors.required" }).max(64, { error: "errors.invalidChoice" }),
  title: singleLine(80),
  description: multiLine(4_000),
});
export type SplitIdeaInput = z.infer<typeof splitIdeaSchema>;
