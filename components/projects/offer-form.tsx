"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { offerSupportAction } from "@/app/(public)/zukan/[slug]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { SuccessNotice } from "@/components/ui/success-notice";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";

export function OfferForm({ needId, funding }: { needId: string; funding: boolean }) {
  const t = useTranslations("project");
  const [state, formAction, pending] = useActionState(offerSupportAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const id = (name: string) => `${name}-${needId}`;
  if (state?.ok) return <SuccessNotice>{t("offerSent")}</SuccessNotice>;
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors.map((e) => ({ ...e, fieldId: id(e.fieldId) }))} />}
      <input type="hidden" name="needId" value={needId} />
      <Textarea name="message" id={id("message")} label={t("offerMessage")} hint={t("offerMessageHint")} required rows={3} maxLength={2000} defaultValue={value("message")} error={fieldError("message")} />
      {funding && (
        <TextField name="amountJpy" id={id("amountJpy")} label={t("offerAmount")} hint={t("offerAmountHint")} required inputMode="numeric" width="sm" defaultValue={value("amountJpy")} error={fieldError("amountJpy")} />
      )}
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("offerSubmit")}
        </Button>
      </div>
    </form>
  );
}
