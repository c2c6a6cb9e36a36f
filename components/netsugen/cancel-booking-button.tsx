"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";

/** One booking's cancel button; the label names the booking for screen readers. */
export function CancelBookingButton({
  bookingId,
  label,
  when,
  consequence,
  cancel,
}: {
  bookingId: string;
  label: string;
  /** The booking's date and time, named in the confirmation's question. */
  when: string;
  /** What cancelling does, as the member or the reception desk should hear it. */
  consequence: string;
  /** The member's or the staff's server action. */
  cancel: (previous: ActionResult<{ id: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(cancel, null);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="bookingId" value={bookingId} />
      <ConfirmSubmit
        variant="secondary"
        size="sm"
        aria-label={label}
        aria-disabled={pending || undefined}
        title={t("netsugen.bookings.cancelTitle", { when })}
        consequence={consequence}
        confirmLabel={t("netsugen.bookings.cancelConfirm")}
      >
        {t("netsugen.bookings.cancel")}
      </ConfirmSubmit>
      <p role="status" aria-live="polite" className="text-std-16N-170 text-error-2">
        {state && !state.ok ? t(state.error) : ""}
      </p>
    </form>
  );
}
