"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { addNeedAction } from "@/app/(public)/zukan/[slug]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { NEED_KINDS } from "@/lib/ideas/choices";
import { FUNDING_ROUTES } from "@/lib/projects/choices";

export function AddNeedForm({ projectId }: { projectId: string }) {
  const t = useTranslations("project");
  const tNeed = useTranslations("need");
  const tRoute = useTranslations("fundingRoute");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(addNeedAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const [kind, setKind] = useState(value("kind") ?? "KEY_PERSON");
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <Alert tone="success">{t("needAdded")}</Alert>}
      <input type="hidden" name="projectId" value={projectId} />
      <Select name="kind" label={t("needKind")} required value={kind} onChange={(event) => setKind(event.target.value)} options={NEED_KINDS.map((k) => ({ value: k, label: tNeed(k) }))} error={fieldError("kind")} />
      <TextField name="titleJa" label={t("needTitle")} required maxLength={80} defaultValue={value("titleJa")} error={fieldError("titleJa")} />
      <Textarea name="descriptionJa" label={t("needDescription")} rows={3} maxLength={1000} defaultValue={value("descriptionJa")} error={fieldError("descriptionJa")} />
      {kind === "FUNDING" && (
        <>
          <Select name="fundingRoute" label={t("fundingRoute")} placeholder={tCommon("choose")} options={FUNDING_ROUTES.map((r) => ({ value: r, label: tRoute(r) }))} error={fieldError("fundingRoute")} />
          <TextField name="amountJpy" label={t("fundingGoal")} required inputMode="numeric" width="sm" defaultValue={value("amountJpy")} error={fieldError("amountJpy")} />
        </>
      )}
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("addNeedSubmit")}
        </Button>
      </div>
    </form>
  );
}
