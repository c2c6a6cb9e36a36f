"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Radio } from "@/components/ui/radio";
import { linkStyle } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/result";

export function SignUpForm() {
  const t = useTranslations("signUp");
  const [state, formAction, pending] = useActionState(signUpAction, IDLE);
  const { fieldError, summary, value } = useFormFeedback(state);
  const [purpose, setPurpose] = useState(value("purpose") ?? "RESIDENT");

  return (
    // key: after a rejection, remount so the fields show the echoed values again.
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <TextField name="name" label={t("name")} hint={t("nameHint")} required autoComplete="name" maxLength={60} defaultValue={value("name")} error={fieldError("name")} />
      <TextField name="email" type="email" label={t("email")} required autoComplete="email" inputMode="email" defaultValue={value("email")} error={fieldError("email")} width="md" />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} required autoComplete="new-password" error={fieldError("password")} width="md" />
      <TextField name="passwordConfirm" type="password" label={t("passwordConfirm")} required autoComplete="new-password" error={fieldError("passwordConfirm")} width="md" />
      <Fieldset id="purpose" label={t("purpose")} required error={fieldError("purpose")}>
        <Radio name="purpose" value="RESIDENT" label={t("purposeResident")} description={t("purposeResidentDescription")} checked={purpose === "RESIDENT"} onChange={() => setPurpose("RESIDENT")} />
        <Radio name="purpose" value="NETSUGEN" label={t("purposeNetsugen")} description={t("purposeNetsugenDescription")} checked={purpose === "NETSUGEN"} onChange={() => setPurpose("NETSUGEN")} />
      </Fieldset>
      {purpose === "NETSUGEN" && (
        <Fieldset id="planCode" label={t("plan")} required error={fieldError("planCode")}>
          <Radio name="planCode" value="individual-monthly" label={t("planIndividualMonthly")} defaultChecked={value("planCode") === "individual-monthly"} />
          <Radio name="planCode" value="individual-hourly" label={t("planIndividualHourly")} defaultChecked={value("planCode") === "individual-hourly"} />
        </Fieldset>
      )}
      <Checkbox
        name="acceptTerms"
        label={t("acceptTerms")}
        hint={t.rich("acceptTermsHint", {
          terms: (chunks) => <Link href="/terms" target="_blank" rel="noopener" className={linkStyle}>{chunks}</Link>,
          privacy: (chunks) => <Link href="/privacy" target="_blank" rel="noopener" className={linkStyle}>{chunks}</Link>,
        })}
        required
        defaultChecked={value("acceptTerms") === "on"}
        error={fieldError("acceptTerms")}
      />
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
