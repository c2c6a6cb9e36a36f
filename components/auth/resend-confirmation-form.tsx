"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resendConfirmationAction } from "@/app/(account)/account/confirm-email/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SuccessNotice } from "@/components/ui/success-notice";
import { IDLE } from "@/lib/actions/result";

export function ResendConfirmationForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(resendConfirmationAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {state?.ok && <SuccessNotice>{state.data.alreadyConfirmed ? t("emailConfirmation.alreadyConfirmed") : t("emailConfirmation.resent")}</SuccessNotice>}
      {state && !state.ok && <Alert tone="error">{t(state.error)}</Alert>}
      <div>
        <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
          {pending ? t("emailConfirmation.resending") : t("emailConfirmation.resend")}
        </Button>
      </div>
    </form>
  );
}
