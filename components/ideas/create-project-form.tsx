"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createProjectAction } from "@/app/(staff)/staff/ideas/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";

export function CreateProjectForm({ idea }: { idea: { id: string; title: string; description: string } }) {
  const t = useTranslations("review");
  const [state, formAction, pending] = useActionState(createProjectAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const id = (name: string) => `${name}-${idea.id}`;
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors.map((e) => ({ ...e, fieldId: id(e.fieldId) }))} />}
      <input type="hidden" name="ideaIds" value={idea.id} />
      <TextField name="titleJa" id={id("titleJa")} label={t("projectTitle")} required maxLength={80} defaultValue={value("titleJa") ?? idea.title} error={fieldError("titleJa")} />
      <Textarea name="summaryJa" id={id("summaryJa")} label={t("projectSummary")} required rows={3} maxLength={1000} defaultValue={value("summaryJa") ?? idea.description.slice(0, 1000)} error={fieldError("summaryJa")} />
      <TextField name="leadEmail" id={id("leadEmail")} type="email" label={t("leadEmail")} width="md" defaultValue={value("leadEmail")} error={fieldError("leadEmail")} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("createSubmit")}
        </Button>
      </div>
    </form>
  );
}
