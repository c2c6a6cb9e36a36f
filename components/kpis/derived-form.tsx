"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { draftDerivedAction } from "@/app/(staff)/staff/kpis/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";

/** For KPIs the platform can count: draft the value for a year from platform data. */
export function DerivedForm({ kpiCode, fiscalYears, defaultFiscalYear }: { kpiCode: string; fiscalYears: SelectOption[]; defaultFiscalYear: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(draftDerivedAction, null);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="kpiCode" value={kpiCode} />
      <Select id="derived-fiscal-year" name="fiscalYear" label={t("kpiStaff.form.fiscalYear")} options={fiscalYears} defaultValue={defaultFiscalYear} />
      <div>
        <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
          {pending ? t("kpiStaff.derived.working") : t("kpiStaff.derived.submit")}
        </Button>
      </div>
      {state && (state.ok ? <Alert tone="success">{t("kpiStaff.derived.done", state.data)}</Alert> : <Alert tone="error">{t(state.error)}</Alert>)}
    </form>
  );
}
