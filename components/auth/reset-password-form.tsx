"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/result";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset");
  const [state, formAction, pending] = useActionState(resetPasswordAction, IDLE);
  const { fieldError, summary } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <input type="hidden" name="token" value={token} />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} required autoComplete="new-password" error={fieldError("password")} width="md" />
      <TextField name="passwordConfirm" type="password" label={t("passwordConfirm")} required autoComplete="new-password" error={fieldError("passwordConfirm")} width="md" />
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("resetSubmit")}
        </Button>
      </div>
    </form>
  );
}
