"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUserAction } from "@/app/(staff)/admin/users/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { TextField } from "@/components/ui/text-field";
import { STAFF_ROLES } from "@/lib/auth/roles";

export function CreateUserForm() {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(createUserAction, null);
  const { fieldError, summary, value, values } = useFormFeedback(state);
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-6">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors} />}
      <div aria-live="polite">{state?.ok && <Alert tone="success">{t("created")}</Alert>}</div>
      <TextField name="name" label={t("name")} required maxLength={60} autoComplete="off" defaultValue={value("name")} error={fieldError("name")} />
      <TextField name="email" type="email" label={t("email")} required autoComplete="off" defaultValue={value("email")} error={fieldError("email")} width="md" />
      <Fieldset id="roles" label={t("roles")} required error={fieldError("roles")}>
        {STAFF_ROLES.map((role) => (
          <Checkbox key={role} name="roles" value={role} label={t(`role.${role}`)} defaultChecked={values("roles").includes(role)} />
        ))}
      </Fieldset>
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
