"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAccountAction } from "@/app/(account)/account/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button, LinkButton } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(deleteAccountAction, null);
  const { fieldError, summary } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <TextField name="password" type="password" label={t("deletePassword")} required autoComplete="current-password" error={fieldError("password")} width="md" />
      <Checkbox name="confirm" value="on" id="confirm" label={t("deleteConfirm")} required error={fieldError("confirm")} />
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("deleteSubmit")}
        </Button>
        <LinkButton href="/account" variant="tertiary">
          {t("deleteCancel")}
        </LinkButton>
      </div>
    </form>
  );
}
