"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createEventAction } from "@/app/(staff)/staff/netsugen/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";

const KINDS = ["SEMINAR", "PITCH", "PROGRAMME", "FORUM", "OTHER"] as const;

export function CreateEventForm() {
  const t = useTranslations("netsugenStaff.eventCreate");
  const [state, formAction, pending] = useActionState(createEventAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const id = (name: string) => `event-${name}`;
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex max-w-180 flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors.map((e) => ({ ...e, fieldId: id(e.fieldId) }))} />}
      <TextField name="titleJa" id={id("titleJa")} label={t("titleJa")} required maxLength={80} defaultValue={value("titleJa")} error={fieldError("titleJa")} />
      <TextField name="titleEn" id={id("titleEn")} label={t("titleEn")} maxLength={120} defaultValue={value("titleEn")} error={fieldError("titleEn")} />
      <Textarea name="descriptionJa" id={id("descriptionJa")} label={t("descriptionJa")} required rows={3} maxLength={2000} defaultValue={value("descriptionJa")} error={fieldError("descriptionJa")} />
      <Select name="kind" id={id("kind")} label={t("kind")} required defaultValue={value("kind") ?? "SEMINAR"} options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} error={fieldError("kind")} />
      <TextField name="date" id={id("date")} type="date" label={t("date")} required width="sm" defaultValue={value("date")} error={fieldError("date")} />
      <div className="flex flex-wrap gap-4">
        <TextField name="startsAt" id={id("startsAt")} type="time" step={900} label={t("startsAt")} required width="sm" defaultValue={value("startsAt")} error={fieldError("startsAt")} />
        <TextField name="endsAt" id={id("endsAt")} type="time" step={900} label={t("endsAt")} required width="sm" defaultValue={value("endsAt")} error={fieldError("endsAt")} />
      </div>
      <TextField name="capacity" id={id("capacity")} type="number" min={1} max={1000} inputMode="numeric" label={t("capacity")} required width="sm" defaultValue={value("capacity")} error={fieldError("capacity")} />
      <Checkbox name="isPublic" id={id("isPublic")} label={t("isPublic")} defaultChecked={state === null || value("isPublic") === "on"} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
