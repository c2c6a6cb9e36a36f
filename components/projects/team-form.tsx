"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { addTeamMemberAction } from "@/app/(public)/zukan/[slug]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { ORGANISATION_TYPES } from "@/lib/projects/choices";

export function TeamForm({ projectId }: { projectId: string }) {
  const t = useTranslations("project");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(addTeamMemberAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const [role, setRole] = useState(value("role") ?? "MEMBER");
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      {state?.ok && <Alert tone="success">{t(state.data.invited ? "invitationSent" : "memberAdded")}</Alert>}
      <input type="hidden" name="projectId" value={projectId} />
      <Select
        name="role"
        id="team-role"
        label={t("memberRole")}
        required
        value={role}
        onChange={(event) => setRole(event.target.value)}
        options={[
          { value: "MEMBER", label: t("member") },
          { value: "LEAD", label: t("lead") },
          { value: "PARTNER", label: t("partner") },
        ]}
        error={fieldError("role")}
      />
      {role === "PARTNER" ? (
        <>
          <TextField name="organisationName" label={t("organisationName")} required maxLength={100} defaultValue={value("organisationName")} error={fieldError("organisationName")} />
          <Select
            name="organisationType"
            label={t("organisationType")}
            required
            placeholder={tCommon("choose")}
            options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
            error={fieldError("organisationType")}
          />
        </>
      ) : (
        <TextField name="email" id="team-email" type="email" label={t("memberEmail")} hint={t("memberEmailHint")} required width="md" defaultValue={value("email")} error={fieldError("email")} />
      )}
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t(role === "PARTNER" ? "addPartnerSubmit" : "addMemberSubmit")}
        </Button>
      </div>
    </form>
  );
}
