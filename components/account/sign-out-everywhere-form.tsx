"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signOutEverywhereAction } from "@/app/(account)/account/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";

/** Two submit buttons: end the other browsers' sessions, or every one including this. */
export function SignOutEverywhereForm({ hasOthers }: { hasOthers: boolean }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(signOutEverywhereAction, null);
  const { summary } = useFormFeedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <div aria-live="polite">{state?.ok && <Alert tone="success">{t("signedOutOthers", { count: state.data.endedSessions })}</Alert>}</div>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        {hasOthers && (
          <Button type="submit" name="scope" value="others" variant="secondary" aria-disabled={pending || undefined}>
            {t("signOutOthers")}
          </Button>
        )}
        <Button type="submit" name="scope" value="all" variant="secondary" aria-disabled={pending || undefined}>
          {t("signOutAll")}
        </Button>
      </div>
    </form>
  );
}
