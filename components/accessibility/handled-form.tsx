"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setFeedbackHandledAction } from "@/app/(staff)/staff/feedback/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Staff's toggle for one piece of feedback; the outcome is announced, the list updates on revalidation. */
export function FeedbackHandledForm({ feedbackId, handled }: { feedbackId: string; handled: boolean }) {
  const t = useTranslations("feedbackStaff");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(setFeedbackHandledAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <input type="hidden" name="handled" value={handled ? "false" : "true"} />
      <Button type="submit" size="sm" variant={handled ? "secondary" : "primary"} aria-disabled={pending || undefined}>
        {handled ? t("reopen") : t("markHandled")}
      </Button>
      <div aria-live="polite" role="status">
        {state?.ok && <span>{state.data.handled ? t("markedHandled") : t("reopened")}</span>}
      </div>
      {state && !state.ok && <Alert tone="error">{tAll(state.error)}</Alert>}
    </form>
  );
}
