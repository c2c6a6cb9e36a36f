"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeStageAction } from "@/app/(public)/zukan/[slug]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";

export function StageForm({ projectId, nextStages }: { projectId: string; nextStages: readonly string[] }) {
  const t = useTranslations("project");
  const tStage = useTranslations("stage");
  const [state, formAction, pending] = useActionState(changeStageAction, null);
  const { fieldError, summary } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <Alert tone="success">{t("stageChanged")}</Alert>}
      <input type="hidden" name="projectId" value={projectId} />
      <Select name="to" label={t("newStage")} required options={nextStages.map((stage) => ({ value: stage, label: tStage(stage) }))} error={fieldError("to")} />
      <TextField name="note" label={t("stageNote")} maxLength={2000} error={fieldError("note")} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("stageSubmit")}
        </Button>
      </div>
    </form>
  );
}
