"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelBookingAction } from "@/app/(member)/netsugen/actions";
import { Button } from "@/components/ui/button";

/** One booking's cancel button; the label names the booking for screen readers. */
export function CancelBookingButton({ bookingId, label }: { bookingId: string; label: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(cancelBookingAction, null);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="bookingId" value={bookingId} />
      <Button type="submit" variant="secondary" size="sm" aria-label={label} aria-disabled={pending || undefined}>
        {t("netsugen.bookings.cancel")}
      </Button>
      <p role="status" aria-live="polite" className="text-std-16N-170 text-error-2">
        {state && !state.ok ? t(state.error) : ""}
      </p>
    </form>
  );
}
