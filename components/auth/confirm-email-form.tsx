"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEmailAction } from "@/app/(auth)/confirm-email/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { linkStyle } from "@/components/ui/styles";
import { SuccessNotice } from "@/components/ui/success-notice";
import { IDLE } from "@/lib/actions/result";

// A button, not the link itself: mail scanners open links in advance, which would use the
// single-use token before the person ever saw it.
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("emailConfirmation");
  const [state, formAction, pending] = useActionState(confirmEmailAction, IDLE);
  if (state?.ok) {
    return (
      <SuccessNotice title={t("doneTitle")}>
        <p>{t("done")}</p>
        <p className="mt-2">
          <Link href="/" className={linkStyle}>
            {t("continue")}
          </Link>
        </p>
      </SuccessNotice>
    );
  }
  if (state && !state.ok) {
    return (
      <Alert tone="error" title={t("linkInvalidTitle")}>
        {t("linkInvalid")}
      </Alert>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-6">
      <p>{t("lead")}</p>
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
