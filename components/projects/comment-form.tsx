"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { postCommentAction } from "@/app/(public)/zukan/[slug]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { SuccessNotice } from "@/components/ui/success-notice";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Textarea } from "@/components/ui/textarea";

export function CommentForm({ projectId }: { projectId: string }) {
  const t = useTranslations("comments");
  const [state, formAction, pending] = useActionState(postCommentAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <SuccessNotice>{t("posted")}</SuccessNotice>}
      <input type="hidden" name="projectId" value={projectId} />
      <Textarea name="body" id="comment-body" label={t("body")} hint={t("bodyHint")} required rows={3} maxLength={2000} defaultValue={value("body")} error={fieldError("body")} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
