"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";

/** One booking's cancel button; the label names the booking for screen readers. */
export function CancelBookingButton({
  bookingId,
  label,
  cancel,
}: {
  bookingId: string;
  label: string;
  /** The member's or the staff's server action. */
  cancel: (previous: ActionResult<{ id: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(cancel, null);
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
