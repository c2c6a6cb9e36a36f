"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { joinAction } from "@/app/w/[code]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Radio } from "@/components/ui/radio";
import { TextField } from "@/components/ui/text-field";
import { AFFILIATIONS } from "@/lib/workshops/choices";

/** Nickname, affiliation and an optional consent line: no account needed to take part. */
export function JoinForm({ code, defaultNickname }: { code: string; defaultNickname?: string }) {
  const t = useTranslations("workshops.join");
  const affiliation = useTranslations("workshops.affiliation");
  const [state, formAction, pending] = useActionState(joinAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <input type="hidden" name="code" value={code} />
      <TextField name="nickname" label={t("nickname")} hint={t("nicknameHint")} required maxLength={30} autoComplete="nickname" defaultValue={value("nickname") ?? defaultNickname} error={fieldError("nickname")} />
      <Fieldset id="affiliation" label={t("affiliation")} hint={t("affiliationHint")} required error={fieldError("affiliation")}>
        {AFFILIATIONS.map((a) => (
          <Radio key={a} name="affiliation" value={a} label={affiliation(a)} defaultChecked={value("affiliation") === a} />
        ))}
      </Fieldset>
      <Checkbox name="consent" label={t("consent")} hint={t("consentHint")} defaultChecked={value("consent") === "on"} />
      <div>
        <Button type="submit" size="lg" fullWidth aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
