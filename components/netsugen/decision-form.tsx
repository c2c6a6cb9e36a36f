"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideBookingAction } from "@/app/(staff)/staff/netsugen/actions";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/text-field";

/** Approve, or decline with a reason the member will read. */
export function DecisionForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(decideBookingAction, null);
  const reasonError = state && !state.ok ? (state.fieldErrors?.reason?.[0] ?? (state.fieldErrors ? undefined : state.error)) : undefined;
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-busy={pending || undefined}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextField
        id={`reason-${bookingId}`}
        name="reason"
        label={t("netsugenStaff.reason")}
        hint={t("netsugenStaff.reasonHint")}
        maxLength={500}
        error={reasonError ? t(reasonError) : undefined}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve" size="sm" aria-disabled={pending || undefined}>
          {t("netsugenStaff.approve")}
        </Button>
        <ConfirmSubmit
          name="decision"
          value="decline"
          variant="secondary"
          size="sm"
          aria-disabled={pending || undefined}
          title={t("netsugenStaff.declineTitle")}
          consequence={t("netsugenStaff.declineBody")}
          confirmLabel={t("netsugenStaff.declineConfirm")}
        >
          {t("netsugenStaff.decline")}
        </ConfirmSubmit>
      </div>
    </form>
  );
}
