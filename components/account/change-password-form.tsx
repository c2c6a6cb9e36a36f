"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(account)/account/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  const { fieldError, summary } = useFormFeedback(state);
  return (
    // A new key after each answer empties the password fields.
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <div aria-live="polite">{state?.ok && <Alert tone="success">{t("passwordChanged", { count: state.data.endedSessions })}</Alert>}</div>
      <TextField name="currentPassword" type="password" label={t("currentPassword")} required autoComplete="current-password" error={fieldError("currentPassword")} width="md" />
      <TextField name="newPassword" type="password" label={t("newPassword")} hint={t("newPasswordHint")} required autoComplete="new-password" error={fieldError("newPassword")} width="md" />
      <TextField name="newPasswordConfirm" type="password" label={t("newPasswordConfirm")} required autoComplete="new-password" error={fieldError("newPasswordConfirm")} width="md" />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("passwordSubmit")}
        </Button>
      </div>
    </form>
  );
}
