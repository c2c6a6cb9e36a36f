"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { profileVisibilityAction } from "@/app/(account)/account/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormErrorSummary } from "@/components/ui/form-error-summary";

export function ProfileVisibilityForm({ isPublicProfile }: { isPublicProfile: boolean }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(profileVisibilityAction, null);
  const { summary } = useFormFeedback(state);
  const current = state?.ok ? state.data.isPublicProfile : isPublicProfile;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <div aria-live="polite">{state?.ok && <Alert tone="success">{t("visibilitySaved")}</Alert>}</div>
      <p className="font-bold">{current ? t("visibilityNowPublic") : t("visibilityNowPrivate")}</p>
      <Checkbox key={String(current)} name="isPublicProfile" value="on" id="isPublicProfile" label={t("visibilityLabel")} defaultChecked={current} />
      <div>
        <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("visibilitySave")}
        </Button>
      </div>
    </form>
  );
}
