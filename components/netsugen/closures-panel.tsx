"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addClosureAction, removeClosureAction } from "@/app/(staff)/staff/netsugen/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";

export interface ClosureRow {
  id: string;
  range: string;
  reason: string;
}

function RemoveClosure({ row }: { row: ClosureRow }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(removeClosureAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="closureId" value={row.id} />
      <ConfirmSubmit
        variant="secondary"
        size="sm"
        aria-label={t("netsugenStaff.closures.removeLabel", { range: row.range })}
        aria-disabled={pending || undefined}
        title={t("netsugenStaff.closures.removeTitle", { range: row.range })}
        consequence={t("netsugenStaff.closures.removeBody")}
        confirmLabel={t("netsugenStaff.closures.removeConfirm")}
      >
        {t("netsugenStaff.closures.remove")}
      </ConfirmSubmit>
      {state && !state.ok && <span role="status">{t(state.error)}</span>}
    </form>
  );
}

export function ClosuresPanel({ rows }: { rows: readonly ClosureRow[] }) {
  const t = useTranslations("netsugenStaff.closures");
  const [state, action, pending] = useActionState(addClosureAction, null);
  const feedback = useFormFeedback(state);
  return (
    <section aria-labelledby="closures" className="flex flex-col gap-4">
      <h2 id="closures" className="text-std-20B-150">
        {t("title")}
      </h2>
      {state?.ok && <Alert tone="success">{t("added", { count: state.data.affectedBookings })}</Alert>}
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center gap-4">
              <span className="tabular-nums">{row.range}</span>
              <span>{row.reason}</span>
              <RemoveClosure row={row} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} noValidate className="flex max-w-180 flex-col gap-4" aria-busy={pending || undefined}>
        {feedback.summary && <FormErrorSummary title={feedback.summary.title} errors={feedback.summary.errors} />}
        <div className="flex flex-wrap gap-4">
          <TextField name="from" type="date" label={t("from")} required width="sm" error={feedback.fieldError("from")} />
          <TextField name="to" type="date" label={t("to")} required width="sm" error={feedback.fieldError("to")} />
        </div>
        <TextField name="reasonJa" label={t("reasonJa")} required maxLength={100} width="md" error={feedback.fieldError("reasonJa")} />
        <TextField name="reasonEn" label={t("reasonEn")} maxLength={100} width="md" error={feedback.fieldError("reasonEn")} />
        <div>
          <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
            {t("add")}
          </Button>
        </div>
      </form>
    </section>
  );
}
