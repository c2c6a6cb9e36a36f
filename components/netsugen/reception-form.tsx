"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { scanAction } from "@/app/(staff)/staff/netsugen/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/**
 * Reception: a USB or camera scanner types the QR code's text into the field and presses Enter,
 * so the same form serves scanning and typing. The field is emptied after each scan.
 */
export function ReceptionForm() {
  const t = useTranslations();
  const format = useFormatter();
  const [state, action, pending] = useActionState(scanAction, null);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-busy={pending || undefined}>
      {state?.ok && (
        <Alert tone="success">
          {state.data.kind === "in"
            ? t("netsugenStaff.reception.in", { name: state.data.name })
            : t("netsugenStaff.reception.out", { name: state.data.name, fee: format.number(state.data.feeJpy ?? 0, { style: "currency", currency: "JPY" }) })}
        </Alert>
      )}
      <TextField
        key={state ? JSON.stringify(state) : "empty"}
        name="code"
        label={t("netsugenStaff.reception.code")}
        hint={t("netsugenStaff.reception.codeHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        width="md"
        error={state && !state.ok ? t(state.error) : undefined}
      />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("netsugenStaff.reception.submit")}
        </Button>
      </div>
    </form>
  );
}
