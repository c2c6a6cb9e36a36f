"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { sendAccessibilityFeedbackAction } from "@/app/(public)/accessibility/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { FEEDBACK_LIMITS } from "@/lib/accessibility/feedback-limits";

/** The accessibility statement's feedback form: only "what happened" is required, no account needed. */
export function AccessibilityFeedbackForm() {
  const t = useTranslations("accessibilityFeedback");
  const [state, formAction, pending] = useActionState(sendAccessibilityFeedbackAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  return (
    <div className="flex flex-col gap-6">
      {/* A polite live region, present from the start, so the thanks is announced when it appears. */}
      <div aria-live="polite" role="status">
        {state?.ok && <Alert tone="success" live="off">{t("sent")}</Alert>}
      </div>
      {/* key: after a submission, remount so the fields empty (after success) or echo (after a rejection). */}
      <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
        {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
        <TextField name="pageUrl" label={t("pageUrl")} hint={t("pageUrlHint")} maxLength={FEEDBACK_LIMITS.pageUrl} defaultValue={value("pageUrl")} error={fieldError("pageUrl")} />
        <Textarea name="description" label={t("description")} hint={t("descriptionHint")} required maxLength={FEEDBACK_LIMITS.description} defaultValue={value("description")} error={fieldError("description")} />
        <TextField name="assistiveTech" label={t("assistiveTech")} hint={t("assistiveTechHint")} maxLength={FEEDBACK_LIMITS.assistiveTech} defaultValue={value("assistiveTech")} error={fieldError("assistiveTech")} />
        <TextField name="contactEmail" type="email" label={t("contactEmail")} hint={t("contactEmailHint")} autoComplete="email" inputMode="email" maxLength={254} defaultValue={value("contactEmail")} error={fieldError("contactEmail")} width="md" />
        <p className="text-std-16N-170 text-solid-gray-700">{t("privacy")}</p>
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {pending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
