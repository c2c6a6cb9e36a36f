"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { postUpdateAction } from "@/app/(public)/zukan/[slug]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, FieldHint, FieldLabel, FieldShell, fieldIds } from "@/components/ui/field";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";

export function PostUpdateForm({ projectId }: { projectId: string }) {
  const t = useTranslations("project");
  const [state, formAction, pending] = useActionState(postUpdateAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const photo = fieldIds("photo", { hint: t("photoHint"), error: fieldError("photo") });
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <Alert tone="success">{t("updatePosted")}</Alert>}
      <input type="hidden" name="projectId" value={projectId} />
      <Textarea name="body" label={t("updateBody")} required rows={4} maxLength={4000} defaultValue={value("body")} error={fieldError("body")} />
      <FieldShell invalid={photo.invalid}>
        <FieldLabel htmlFor="photo">{t("photo")}</FieldLabel>
        <FieldHint id={photo.hintId}>{t("photoHint")}</FieldHint>
        <FieldError id={photo.errorId} error={fieldError("photo")} />
        <input id="photo" name="photo" type="file" accept="image/jpeg,image/png" aria-describedby={photo.describedBy} aria-invalid={photo.invalid || undefined} className="min-h-11" />
      </FieldShell>
      <TextField name="photoAlt" label={t("photoAlt")} hint={t("photoAltHint")} maxLength={200} defaultValue={value("photoAlt")} error={fieldError("photoAlt")} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("postUpdate")}
        </Button>
      </div>
    </form>
  );
}
