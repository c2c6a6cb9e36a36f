"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reportContentAction } from "@/app/(public)/zukan/[slug]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** Folded under a disclosure so it stays out of the way until someone needs it. */
export function ReportForm({ subjectType, subjectId }: { subjectType: "COMMENT" | "PROJECT_UPDATE"; subjectId: string }) {
  const t = useTranslations("comments");
  const [state, formAction, pending] = useActionState(reportContentAction, null);
  const { fieldError } = useFormFeedback(state);
  if (state?.ok) return <p role="status" className="text-dns-14N-130 text-solid-gray-700">{t("reported")}</p>;
  return (
    <details className="text-dns-14N-130">
      <summary className="min-h-11 cursor-pointer py-2 text-solid-gray-700 underline">{t("report")}</summary>
      <form action={formAction} noValidate className="flex flex-col gap-3">
        <input type="hidden" name="subjectType" value={subjectType} />
        <input type="hidden" name="subjectId" value={subjectId} />
        <TextField name="reason" id={`reason-${subjectId}`} label={t("reason")} required maxLength={500} error={fieldError("reason")} />
        <div>
          <Button type="submit" size="sm" variant="secondary" aria-disabled={pending || undefined}>
            {t("sendReport")}
          </Button>
        </div>
      </form>
    </details>
  );
}
