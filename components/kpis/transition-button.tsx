"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { transitionObservationAction } from "@/app/(staff)/staff/kpis/actions";
import { Button } from "@/components/ui/button";
import type { TransitionName } from "@/lib/kpis/mutations";

export interface TransitionButtonProps {
  id: string;
  transition: TransitionName;
  /** Spoken name, e.g. 「2024年度・第2版を承認する」, since a table has many identical buttons. */
  label: string;
}

/** One workflow step as a small form; a refusal (four eyes, a stale page) is announced next to it. */
export function TransitionButton({ id, transition, label }: TransitionButtonProps) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(transitionObservationAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="transition" value={transition} />
      <Button type="submit" size="sm" variant={transition === "publish" || transition === "approve" ? "primary" : "secondary"} aria-label={label} aria-disabled={pending || undefined}>
        {pending ? t("kpiStaff.transition.working") : t(`kpiStaff.transition.${transition}`)}
      </Button>
      <p role="status" className="text-dns-14N-130">
        {state && !state.ok && <span className="text-error-2">{t(state.error)}</span>}
      </p>
    </form>
  );
}
