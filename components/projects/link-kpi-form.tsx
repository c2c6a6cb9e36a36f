"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { linkKpiAction } from "@/app/(public)/zukan/[slug]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

export function LinkKpiForm({ projectId, kpis }: { projectId: string; kpis: { code: string; label: string }[] }) {
  const t = useTranslations("project");
  const tErrors = useTranslations();
  const [state, formAction, pending] = useActionState(linkKpiAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {state?.ok && <Alert tone="success">{t("kpiLinked")}</Alert>}
      {state && !state.ok && <Alert tone="error">{tErrors(state.error)}</Alert>}
      <input type="hidden" name="projectId" value={projectId} />
      <Select name="kpiCode" label={t("kpi")} required options={kpis.map((k) => ({ value: k.code, label: k.label }))} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("linkKpiSubmit")}
        </Button>
      </div>
    </form>
  );
}
