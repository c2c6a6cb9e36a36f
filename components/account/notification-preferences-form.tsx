"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { notificationPreferencesAction } from "@/app/(account)/account/notifications/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/fieldset";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Radio } from "@/components/ui/radio";
import { SuccessNotice } from "@/components/ui/success-notice";
import { MAIL_DELIVERIES, type MailDeliveryChoice, type PreferenceField } from "@/lib/notifications/preference-schemas";

export interface PreferenceRow {
  field: PreferenceField;
  delivery: MailDeliveryChoice;
}

export function NotificationPreferencesForm({ rows }: { rows: PreferenceRow[] }) {
  const t = useTranslations("notificationSettings");
  const [state, formAction, pending] = useActionState(notificationPreferencesAction, null);
  const { summary, fieldError } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-8">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <SuccessNotice>{t("saved")}</SuccessNotice>}
      {rows.map(({ field, delivery }) => (
        <Fieldset key={field} id={field} label={t(`kinds.${field}`)} hint={t(`hints.${field}`)} error={fieldError(field)}>
          {MAIL_DELIVERIES.map((choice) => (
            <Radio key={choice} name={field} value={choice} label={t(`delivery.${choice}`)} defaultChecked={choice === delivery} />
          ))}
        </Fieldset>
      ))}
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
