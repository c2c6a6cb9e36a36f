import { email, multiLine, optionalText } from "../validation/text";
import { z } from "../validation/zod";
import { FEEDBACK_LIMITS } from "./feedback-limits";


// What the person typed as the page: a path or an address on any site is kept as text, shown to
// staff as text, never as a link, so there is nothing to validate but its length and characters.
const CONTROL = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

const optionalLine = (max: number) =>
  optionalText(max).refine((v) => v === undefined || !CONTROL.test(v), { error: "errors.invalidCharacters" });

/** Anonymous feedback from /accessibility: only what happened is required. */
export const accessibilityFeedbackSchema = z.object({
  pageUrl: optionalLine(FEEDBACK_LIMITS.pageUrl),
  description: multiLine(FEEDBACK_LIMITS.description),
  assistiveTech: optionalLine(FEEDBACK_LIMITS.assistiveTech),
  contactEmail: z
    .string()
    .trim()
    .max(254, { error: "errors.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(email().optional()),
});
export type AccessibilityFeedbackInput = z.infer<typeof accessibilityFeedbackSchema>;

/** Staff mark a piece of feedback handled, or not handled again. */
export const feedbackHandledSchema = z.object({
  feedbackId: z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(64, { error: "errors.invalidChoice" }),
  handled: z.enum(["true", "false"], { error: "errors.invalidChoice" }).transform((v) => v === "true"),
});
export type FeedbackHandledInput = z.infer<typeof feedbackHandledSchema>;
