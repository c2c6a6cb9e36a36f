"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { splitIdeaAction } from "@/app/(staff)/staff/ideas/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";

export function SplitIdeaForm({ ideaId }: { ideaId: string }) {
  const t = useTranslations("review");
  const [state, formAction, pending] = useActionState(splitIdeaAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const id = (name: string) => `split-${name}-${ideaId}`;
  return (
    <details className="mt-2">
      <summary className="min-h-11 cursor-pointer py-2 text-blue-900 underline">{t("split")}</summary>
      <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
        {summary && <FormErrorSummary title={summary.title} errors={summary.errors.map((e) => ({ ...e, fieldId: id(e.fieldId) }))} />}
        <input type="hidden" name="ideaId" value={ideaId} />
        <TextField name="title" id={id("title")} label={t("splitTitle")} required maxLength={80} defaultValue={value("title")} error={fieldError("title")} />
        <Textarea name="description" id={id("description")} label={t("splitDescription")} required rows={3} maxLength={4000} defaultValue={value("description")} error={fieldError("description")} />
        <div>
          <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
            {t("splitSubmit")}
          </Button>
        </div>
      </form>
    </details>
  );
}
