"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { moderateAction } from "@/app/(staff)/staff/moderation/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";

export function ModerateForm({ reportId }: { reportId: string }) {
  const t = useTranslations("comments");
  const tErrors = useTranslations();
  const [state, formAction, pending] = useActionState(moderateAction, null);
  if (state?.ok) return <Alert tone="success">{t("decided")}</Alert>;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {state && !state.ok && <Alert tone="error">{tErrors(state.error)}</Alert>}
      <input type="hidden" name="reportId" value={reportId} />
      <ConfirmSubmit
        name="decision"
        value="HIDE"
        size="sm"
        aria-disabled={pending || undefined}
        title={t("hideTitle")}
        consequence={t("hideBody")}
        confirmLabel={t("hideConfirm")}
      >
        {t("hide")}
      </ConfirmSubmit>
      <Button type="submit" name="decision" value="DISMISS" size="sm" variant="secondary" aria-disabled={pending || undefined}>
        {t("dismiss")}
      </Button>
    </form>
  );
}
