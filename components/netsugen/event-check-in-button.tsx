"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { checkInRegistrationAction } from "@/app/(staff)/staff/netsugen/events/[slug]/actions";
import { Button } from "@/components/ui/button";

export function EventCheckInButton({ registrationId, label }: { registrationId: string; label: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(checkInRegistrationAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="registrationId" value={registrationId} />
      <Button type="submit" size="sm" aria-label={label} aria-disabled={pending || undefined}>
        {t("netsugenStaff.events.checkIn")}
      </Button>
      <span role="status">{state && !state.ok ? t(state.error) : ""}</span>
    </form>
  );
}
