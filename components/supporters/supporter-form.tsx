"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveSupporterAction } from "@/app/(account)/account/supporter/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { SuccessNotice } from "@/components/ui/success-notice";
import type { MunicipalityGroup } from "@/lib/regions/options";
import { TIE_KINDS } from "@/lib/supporters/tie-kinds";

export interface SupporterFormValues {
  residence: string;
  municipalityIds: string[];
  wholePrefecture: boolean;
  tieKinds: string[];
  notifyConsent: boolean;
  registerConsent: boolean;
}

/** Registering as a supporter, or changing the registration: one short form, under a minute on a phone. */
export function SupporterForm({ residences, municipalities, saved }: { residences: { value: string; label: string }[]; municipalities: MunicipalityGroup[]; saved: SupporterFormValues | null }) {
  const t = useTranslations("supporters");
  const [state, formAction, pending] = useActionState(saveSupporterAction, null);
  const { fieldError, summary, values } = useFormFeedback(state);
  // After a rejection the form shows what was sent; otherwise what is saved.
  const sent = state && !state.ok ? state.values : undefined;
  const chosen = (name: "municipalityIds" | "tieKinds") => (sent ? values(name) : (saved?.[name] ?? []));
  const ticked = (name: "wholePrefecture" | "notifyConsent" | "registerConsent") => (sent ? values(name).includes("on") : (saved?.[name] ?? false));
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-8">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <SuccessNotice title={state.data.registered ? t("registered") : t("saved")} />}

      <Select
        name="residence"
        label={t("residence")}
        hint={t("residenceHint")}
        required
        placeholder={t("choose")}
        options={residences}
        defaultValue={sent ? values("residence")[0] : saved?.residence}
        error={fieldError("residence")}
      />

      <Fieldset id="municipalityIds" label={t("places")} hint={t("placesHint")} required error={fieldError("municipalityIds")}>
        <Checkbox name="wholePrefecture" value="on" id="wholePrefecture" label={t("wholePrefecture")} defaultChecked={ticked("wholePrefecture")} />
        {municipalities.map((group) => (
          <div key={group.areaCode} className="mt-2">
            <p className="text-std-16B-170 text-solid-gray-800">{group.label}</p>
            <div className="grid grid-cols-2 gap-x-4 md:grid-cols-3">
              {group.options.map((option) => (
                <Checkbox key={option.value} name="municipalityIds" value={option.value} label={option.label} defaultChecked={chosen("municipalityIds").includes(option.value)} />
              ))}
            </div>
          </div>
        ))}
      </Fieldset>

      <Fieldset id="tieKinds" label={t("tieKinds")} hint={t("tieKindsHint")} required error={fieldError("tieKinds")}>
        {TIE_KINDS.map((kind) => (
          <Checkbox key={kind} name="tieKinds" value={kind} label={t(`tieKind.${kind}`)} defaultChecked={chosen("tieKinds").includes(kind)} />
        ))}
      </Fieldset>

      <Fieldset id="consents" label={t("consents")} hint={t("consentsHint")}>
        <Checkbox name="notifyConsent" value="on" id="notifyConsent" label={t("notifyConsent")} defaultChecked={ticked("notifyConsent")} />
        <Checkbox name="registerConsent" value="on" id="registerConsent" label={t("registerConsent")} hint={t("registerConsentHint")} defaultChecked={ticked("registerConsent")} />
      </Fieldset>

      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : saved ? t("save") : t("register")}
        </Button>
      </div>
    </form>
  );
}
