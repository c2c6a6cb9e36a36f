import { z } from "../validation/zod";
import { multiLine } from "../validation/text";

const id = z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).max(64, { error: "errors.invalidChoice" });

export const postCommentSchema = z.object({ projectId: id, body: multiLine(2_000) });
export type PostCommentInput = z.infer<typeof postCommentSchema>;

/** What people can report on a project page. Workshop posts are moderated in the room. */
export const REPORTABLE = ["COMMENT", "PROJECT_UPDATE"] as const;

export const reportContentSchema = z.object({
  subjectType: z.enum(REPORTABLE, { error: "errors.invalidChoice" }),
  subjectId: id,
  reason: multiLine(500),
});
export type ReportInput = z.infer<typeof reportContentSchema>;

export const moderateSchema = z.object({
  reportId: id,
  decision: z.enum(["HIDE", "DISMISS"], { error: "errors.invalidChoice" }),
});
export type ModerateInput = z.infer<typeof moderateSchema>;

/** Every kind of post that can be hidden, and so shown again: project posts and workshop posts. */
export const HIDEABLE = ["COMMENT", "PROJECT_UPDATE", "ISSUE_CARD", "WORKSHOP_IDEA", "SDG_REFLECTION"] as const;
export type HideableType = (typeof HIDEABLE)[number];

export const restoreSchema = z.object({
  subjectType: z.enum(HIDEABLE, { error: "errors.invalidChoice" }),
  subjectId: id,
});
export type RestoreInput = z.infer<typeof restoreSchema>;
