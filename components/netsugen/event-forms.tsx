"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelGuestRegistrationAction, cancelMyRegistrationAction, registerAction } from "@/app/(public)/netsugen/events/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { SuccessNotice } from "@/components/ui/success-notice";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";

/** Registration: signed-in people register as themselves; guests give a name and an email. */
export function RegisterForm({ slug, signedIn, full }: { slug: string; signedIn: boolean; full: boolean }) {
  const t = useTranslations("netsugen.event");
  const [state, action, pending] = useActionState(registerAction, null);
  const feedback = useFormFeedback(state);
  if (state?.ok) {
    const title =
      state.data.status === "MAILED" ? t("guestReceived") : state.data.status === "REGISTERED" ? t("registered") : t("waitlisted", { position: state.data.waitlistPosition ?? 0 });
    return <SuccessNotice title={title} />;
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-busy={pending || undefined}>
      {feedback.summary && <FormErrorSummary title={feedback.summary.title} errors={feedback.summary.errors} />}
      <input type="hidden" name="event" value={slug} />
      {!signedIn && (
        <>
          <p className="text-std-16N-170">{t("guestHint")}</p>
          <TextField name="name" label={t("name")} required maxLength={60} autoComplete="name" width="md" error={feedback.fieldError("name")} />
          <TextField name="email" type="email" label={t("email")} required autoComplete="email" width="md" error={feedback.fieldError("email")} />
        </>
      )}
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {full ? t("registerWaitlist") : t("register")}
        </Button>
      </div>
    </form>
  );
}

export function CancelMyRegistration({ slug }: { slug: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(cancelMyRegistrationAction, null);
  if (state?.ok) return <SuccessNotice>{t("netsugen.event.cancelled")}</SuccessNotice>;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="event" value={slug} />
      {state && !state.ok && <Alert tone="error">{t(state.error)}</Alert>}
      <div>
        <ConfirmSubmit
          variant="secondary"
          aria-disabled={pending || undefined}
          title={t("netsugen.event.myCancelTitle")}
          consequence={t("netsugen.event.myCancelBody")}
          confirmLabel={t("netsugen.event.myCancelConfirm")}
        >
          {t("netsugen.event.cancel")}
        </ConfirmSubmit>
      </div>
    </form>
  );
}

export function CancelGuestRegistration({ token }: { token: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(cancelGuestRegistrationAction, null);
  if (state?.ok) return <SuccessNotice>{t("netsugen.event.cancelled")}</SuccessNotice>;
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && <Alert tone="error">{t(state.error)}</Alert>}
      <p>{t("netsugen.event.cancelConfirm")}</p>
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("netsugen.event.cancel")}
        </Button>
      </div>
    </form>
  );
}
