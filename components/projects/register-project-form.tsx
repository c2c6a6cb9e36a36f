"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { registerProjectAction } from "@/app/(staff)/staff/projects/new/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { PROJECT_STAGES } from "@/lib/projects/rules";
import type { MunicipalityGroup } from "@/lib/regions/options";

export function RegisterProjectForm({ municipalities }: { municipalities: MunicipalityGroup[] }) {
  const t = useTranslations("register");
  const tStage = useTranslations("stage");
  const tIdeas = useTranslations("ideas");
  const [state, formAction, pending] = useActionState(registerProjectAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <TextField name="titleJa" label={t("titleJa")} required maxLength={80} defaultValue={value("titleJa")} error={fieldError("titleJa")} />
      <TextField name="titleEn" label={t("titleEn")} maxLength={120} defaultValue={value("titleEn")} error={fieldError("titleEn")} />
      <Textarea name="summaryJa" label={t("summaryJa")} required rows={4} maxLength={1000} defaultValue={value("summaryJa")} error={fieldError("summaryJa")} />
      <Select
        name="municipalityId"
        label={tIdeas("municipality")}
        placeholder={tIdeas("municipalityPlaceholder")}
        options={municipalities}
        defaultValue={value("municipalityId") ?? ""}
        error={fieldError("municipalityId")}
      />
      <Select name="stage" label={t("stage")} required defaultValue={value("stage") ?? "RUNNING"} options={PROJECT_STAGES.map((s) => ({ value: s, label: tStage(s) }))} error={fieldError("stage")} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
