"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideOfferAction } from "@/app/(public)/zukan/[slug]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";

/** Accept or decline one offer; the need's coverage is recomputed on the server. */
export function DecideOfferForm({ offerId }: { offerId: string }) {
  const t = useTranslations("project");
  const tErrors = useTranslations();
  const [state, formAction, pending] = useActionState(decideOfferAction, null);
  if (state?.ok) return <Alert tone="success">{t("decided")}</Alert>;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {state && !state.ok && <Alert tone="error">{tErrors(state.error)}</Alert>}
      <input type="hidden" name="offerId" value={offerId} />
      <Button type="submit" name="decision" value="ACCEPTED" size="sm" aria-disabled={pending || undefined}>
        {t("accept")}
      </Button>
      <ConfirmSubmit
        name="decision"
        value="DECLINED"
        size="sm"
        variant="secondary"
        aria-disabled={pending || undefined}
        title={t("declineTitle")}
        consequence={t("declineBody")}
        confirmLabel={t("declineConfirm")}
      >
        {t("decline")}
      </ConfirmSubmit>
    </form>
  );
}
