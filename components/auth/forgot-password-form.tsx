"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { SuccessNotice } from "@/components/ui/success-notice";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/result";

export function ForgotPasswordForm() {
  const t = useTranslations("passwordReset");
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, IDLE);
  const { fieldError, summary, value } = useFormFeedback(state);
  if (state?.ok) return <SuccessNotice title={t("sentTitle")}>{t("sent")}</SuccessNotice>;
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <TextField name="email" type="email" label={t("email")} required autoComplete="email" inputMode="email" defaultValue={value("email")} error={fieldError("email")} width="md" />
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
