"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeEmailAction } from "@/app/(account)/account/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";

export function ChangeEmailForm() {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(changeEmailAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  return (
    // A new key after each answer empties the password field.
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <div aria-live="polite">{state?.ok && <Alert tone="success">{t("emailChangeSent", { email: state.data.email })}</Alert>}</div>
      <TextField name="newEmail" type="email" label={t("newEmail")} required autoComplete="email" defaultValue={value("newEmail")} error={fieldError("newEmail")} width="md" />
      <TextField name="currentPassword" type="password" label={t("currentPassword")} required autoComplete="current-password" error={fieldError("currentPassword")} width="md" />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("emailChangeSubmit")}
        </Button>
      </div>
    </form>
  );
}
