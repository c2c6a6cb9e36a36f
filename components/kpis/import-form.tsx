"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { applyImportAction, previewImportAction } from "@/app/(staff)/staff/kpis/import/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";

/** Upload → preview (every row checked, nothing written) → apply all or nothing. */
export function ImportForm() {
  const t = useTranslations();
  const [preview, previewAction, previewing] = useActionState(previewImportAction, null);
  const [applied, applyAction, applying] = useActionState(applyImportAction, null);
  const { fieldError, summary } = useFormFeedback(preview);
  const data = preview?.ok ? preview.data : null;
  const changes = data ? data.rows.filter((r) => r.change !== "unchanged").length : 0;
  return (
    <div className="flex flex-col gap-8">
      <form action={previewAction} className="flex max-w-180 flex-col gap-6">
        {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
        <TextField name="file" type="file" accept=".csv,text/csv" label={t("kpiImport.file")} hint={t("kpiImport.fileHint")} required error={fieldError("file")} />
        <div>
          <Button type="submit" variant="secondary" aria-disabled={previewing || undefined}>
            {previewing ? t("kpiImport.previewing") : t("kpiImport.preview")}
          </Button>
        </div>
      </form>

      {data && (
        <section aria-live="polite" className="flex flex-col gap-6">
          <p>{t("kpiImport.encoding", { encoding: data.encoding })}</p>
          {data.errors.length > 0 && (
            <TableFrame label={t("kpiImport.errorsCaption")}>
              <table className={tableStyles.table}>
                <caption className="mb-2 text-left text-std-17B-170 text-error-2">{t("kpiImport.errorsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={tableStyles.th}>{t("kpiImport.line")}</th>
                    <th scope="col" className={tableStyles.th}>{t("kpiImport.field")}</th>
                    <th scope="col" className={tableStyles.th}>{t("kpiImport.error")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.errors.map((e) => (
                    <tr key={`${e.line}:${e.field}:${e.error}`}>
                      <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{e.line}</th>
                      <td className={`${tableStyles.td} font-mono`}>{e.field}</td>
                      <td className={tableStyles.td}>{t(e.error)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )}
          <TableFrame label={t("kpiImport.previewCaption")}>
            <table className={tableStyles.table}>
              <caption className="mb-2 text-left text-std-17B-170">{t("kpiImport.previewCaption")}</caption>
              <thead>
                <tr>
                  {(["line", "kpi", "series", "fiscalYear", "value", "status", "change"] as const).map((c) => (
                    <th key={c} scope="col" className={tableStyles.th}>{t(`kpiImport.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.line}>
                    <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{r.line}</th>
                    <td className={`${tableStyles.td} font-mono`}>{r.code}</td>
                    <td className={`${tableStyles.td} font-mono`}>{r.seriesKey}</td>
                    <td className={tableStyles.td}>{r.fiscalYear}</td>
                    <td className={`${tableStyles.td} tabular-nums`}>{r.value}</td>
                    <td className={tableStyles.td}>{t(`dashboard.status.${r.status}`)}</td>
                    <td className={tableStyles.td}>{t(`kpiImport.changes.${r.change}`, { previous: r.previous ?? "" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          {data.errors.length === 0 &&
            (changes === 0 ? (
              <p>{t("kpiImport.nothingToApply")}</p>
            ) : (
              <form action={applyAction}>
                <input type="hidden" name="text" value={data.text} />
                <Button type="submit" aria-disabled={applying || undefined}>
                  {applying ? t("kpiImport.applying") : t("kpiImport.apply", { count: changes })}
                </Button>
              </form>
            ))}
        </section>
      )}
      {applied && (applied.ok ? <Alert tone="success">{t("kpiImport.applied", applied.data)}</Alert> : <Alert tone="error">{t(applied.error)}</Alert>)}
    </div>
  );
}
