"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { ActionResult } from "@/lib/actions/result";

type ConsoleAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * One facilitator step as a small form: hidden fields, optional inputs and a button, with its
 * error or "done" announced next to it. The console page re-renders from the live stream.
 */
export function ConsoleForm({
  action,
  fields,
  label,
  ariaLabel,
  variant = "secondary",
  confirm,
  children,
}: {
  action: ConsoleAction;
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  variant?: ButtonVariant;
  /** Steps that end or remove something ask first: the dialog's question, consequence and confirming label. */
  confirm?: { title: string; consequence: string; confirmLabel: string };
  children?: ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {state && !state.ok && <Alert tone="error">{t(state.error)}</Alert>}
      <div>
        {confirm ? (
          <ConfirmSubmit size="sm" variant={variant} aria-label={ariaLabel} aria-disabled={pending || undefined} {...confirm}>
            {label}
          </ConfirmSubmit>
        ) : (
          <Button type="submit" size="sm" variant={variant} aria-label={ariaLabel} aria-disabled={pending || undefined}>
            {label}
          </Button>
        )}
      </div>
    </form>
  );
}
