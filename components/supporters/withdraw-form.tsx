"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { withdrawSupporterAction } from "@/app/(account)/account/supporter/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { SuccessNotice } from "@/components/ui/success-notice";

export function WithdrawSupporterForm() {
  const t = useTranslations("supporters");
  const [state, formAction, pending] = useActionState(withdrawSupporterAction, null);
  const { fieldError, summary } = useFormFeedback(state);
  if (state?.ok) return <SuccessNotice title={t("withdrawn")} />;
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <Checkbox name="confirm" value="on" id="confirm" label={t("withdrawConfirm")} required error={fieldError("confirm")} />
      <div>
        <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("withdraw")}
        </Button>
      </div>
    </form>
  );
}
