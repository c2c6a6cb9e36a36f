"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createObservationAction } from "@/app/(staff)/staff/kpis/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { OBSERVATION_STATUSES, NOTE_MAX, URL_MAX } from "@/lib/kpis/choices";

export interface ObservationFormProps {
  kpiCode: string;
  unit: string;
  series: SelectOption[];
  fiscalYears: SelectOption[];
  defaultFiscalYear: string;
}

/** Records one value as a draft; the same schema checks it again on the server. */
export function ObservationForm({ kpiCode, unit, series, fiscalYears, defaultFiscalYear }: ObservationFormProps) {
  const t = useTranslations("kpiStaff.form");
  const status = useTranslations("dashboard.status");
  const [state, formAction, pending] = useActionState(createObservationAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const scaleWarning = state && !state.ok && state.error === "kpiStaff.errors.scaleSuspect";
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <Alert tone="success">{t("saved", { version: state.data.version })}</Alert>}
      <p className="text-std-16N-170">{t("hint")}</p>
      <input type="hidden" name="kpiCode" value={kpiCode} />
      <Select name="seriesId" label={t("series")} required options={series} defaultValue={value("seriesId")} error={fieldError("seriesId")} />
      <Select
        name="fiscalYear"
        label={t("fiscalYear")}
        required
        options={fiscalYears}
        defaultValue={value("fiscalYear") ?? defaultFiscalYear}
        error={fieldError("fiscalYear")}
      />
      <TextField
        name="value"
        label={t("value")}
        hint={t("valueHint", { unit })}
        required
        inputMode="decimal"
        autoComplete="off"
        width="md"
        defaultValue={value("value")}
        error={fieldError("value")}
      />
      {scaleWarning && <Checkbox name="confirmScale" value="on" label={t("confirmScale")} />}
      <Select
        name="status"
        label={t("status")}
        required
        options={OBSERVATION_STATUSES.map((s) => ({ value: s, label: status(s) }))}
        defaultValue={value("status") ?? "PRELIMINARY"}
        error={fieldError("status")}
      />
      <TextField
        name="evidenceUrl"
        type="url"
        label={t("evidenceUrl")}
        hint={t("evidenceUrlHint")}
        maxLength={URL_MAX}
        autoComplete="off"
        defaultValue={value("evidenceUrl")}
        error={fieldError("evidenceUrl")}
      />
      <TextField
        name="evidenceFile"
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.xlsx,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={t("evidenceFile")}
        hint={t("evidenceFileHint")}
        error={fieldError("evidenceFile")}
      />
      <Textarea name="note" label={t("note")} hint={t("noteHint")} rows={4} maxLength={NOTE_MAX} autoComplete="off" defaultValue={value("note")} error={fieldError("note")} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
