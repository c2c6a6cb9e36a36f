"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { submitIdeaAction } from "@/app/(public)/ideas/new/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { NEED_KINDS } from "@/lib/ideas/choices";
import type { MunicipalityGroup } from "@/lib/regions/options";

export interface SubmitIdeaFormProps {
  municipalities: MunicipalityGroup[];
  sdgGoals: { number: number; label: string }[];
  /** Issue cards from each area's workshops, by area code. */
  issueCards: Record<string, { id: string; text: string; isDemo: boolean }[]>;
}

export function SubmitIdeaForm({ municipalities, sdgGoals, issueCards }: SubmitIdeaFormProps) {
  const t = useTranslations("ideas");
  const tNeed = useTranslations("need");
  const [state, formAction, pending] = useActionState(submitIdeaAction, null);
  const { fieldError, summary, value, values } = useFormFeedback(state);
  const [municipalityId, setMunicipalityId] = useState(value("municipalityId") ?? "");
  const areaCode = municipalities.find((group) => group.options.some((option) => option.value === municipalityId))?.areaCode;
  const cards = areaCode ? (issueCards[areaCode] ?? []) : [];
  // One key per filled-in form: a resubmission after a dropped connection is recognised.
  const [clientKey] = useState(() => crypto.randomUUID());
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <input type="hidden" name="clientKey" value={clientKey} />
      <TextField name="title" label={t("title")} required maxLength={80} defaultValue={value("title")} error={fieldError("title")} />
      <Textarea name="description" label={t("description")} hint={t("descriptionHint")} required rows={8} maxLength={4000} defaultValue={value("description")} error={fieldError("description")} />
      <Select
        name="municipalityId"
        label={t("municipality")}
        placeholder={t("municipalityPlaceholder")}
        options={municipalities}
        value={municipalityId}
        onChange={(event) => setMunicipalityId(event.target.value)}
        error={fieldError("municipalityId")}
      />
      {cards.length > 0 && (
        <Fieldset id="issueCardIds" label={t("issueCards")} hint={t("issueCardsHint")} error={fieldError("issueCardIds")}>
          {cards.map((card) => (
            <Checkbox key={card.id} name="issueCardIds" value={card.id} label={card.text} defaultChecked={values("issueCardIds").includes(card.id)} />
          ))}
        </Fieldset>
      )}
      <Fieldset id="sdgGoals" label={t("sdgGoals")} error={fieldError("sdgGoals")}>
        <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          {sdgGoals.map((goal) => (
            <Checkbox key={goal.number} name="sdgGoals" value={String(goal.number)} label={goal.label} defaultChecked={values("sdgGoals").includes(String(goal.number))} />
          ))}
        </div>
      </Fieldset>
      <TextField name="sdgTargets" label={t("sdgTargets")} hint={t("sdgTargetsHint")} maxLength={200} width="md" defaultValue={value("sdgTargets")} error={fieldError("sdgTargets")} />
      <Fieldset id="needs" label={t("needs")} error={fieldError("needs")}>
        {NEED_KINDS.map((kind) => (
          <Checkbox key={kind} name="needs" value={kind} label={tNeed(kind)} defaultChecked={values("needs").includes(kind)} />
        ))}
      </Fieldset>
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
