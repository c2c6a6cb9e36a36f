"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createSeriesAction } from "@/app/(staff)/staff/workshops/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";

/** A series for one area and year, with the date of each of its three sessions. */
export function CreateSeriesForm({ areas, facilitators, defaultYear }: { areas: { value: string; label: string }[]; facilitators: { id: string; name: string }[]; defaultYear: number }) {
  const t = useTranslations("workshopStaff");
  const [state, formAction, pending] = useActionState(createSeriesAction, null);
  const { fieldError, summary, value, values } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <Alert tone="success">{t("created")}</Alert>}
      <Select name="areaId" label={t("area")} options={areas} placeholder={t("choose")} required defaultValue={value("areaId")} error={fieldError("areaId")} />
      <TextField name="year" type="number" inputMode="numeric" label={t("year")} required width="sm" defaultValue={value("year") ?? String(defaultYear)} error={fieldError("year")} />
      <TextField name="venueJa" label={t("venue")} required maxLength={100} defaultValue={value("venueJa")} error={fieldError("venueJa")} />
      <TextField name="capacity" type="number" inputMode="numeric" label={t("capacity")} required width="sm" defaultValue={value("capacity") ?? "60"} error={fieldError("capacity")} />
      {[1, 2, 3].map((n) => (
        <TextField key={n} name={`start${n}`} type="datetime-local" label={t("start", { number: n })} required width="md" defaultValue={value(`start${n}`)} error={fieldError(`start${n}`)} />
      ))}
      {facilitators.length > 0 && (
        <Fieldset id="facilitatorIds" label={t("facilitators")} error={fieldError("facilitatorIds")}>
          {facilitators.map((f) => (
            <Checkbox key={f.id} name="facilitatorIds" value={f.id} label={f.name} defaultChecked={values("facilitatorIds").includes(f.id)} />
          ))}
        </Fieldset>
      )}
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
