"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { issueStatementAction, markPaidAction } from "@/app/(staff)/staff/netsugen/statements/actions";
import { Button } from "@/components/ui/button";
import { VisuallyHidden } from "@/components/ui/visually-hidden";

/** `whose` names the statement for screen readers after the visible label, so the accessible name starts with what is seen. */
export function IssueStatementButton({ membershipId, month, whose }: { membershipId: string; month: string; whose: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(issueStatementAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="month" value={month} />
      <Button type="submit" size="sm" variant="secondary" aria-disabled={pending || undefined}>
        {t("netsugenStaff.statements.issue")}
        <VisuallyHidden> {whose}</VisuallyHidden>
      </Button>
      <span role="status">{state && !state.ok ? t(state.error) : ""}</span>
    </form>
  );
}

export function MarkPaidButton({ statementId, whose }: { statementId: string; whose: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(markPaidAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="statementId" value={statementId} />
      <Button type="submit" size="sm" aria-disabled={pending || undefined}>
        {t("netsugenStaff.statements.markPaid")}
        <VisuallyHidden> {whose}</VisuallyHidden>
      </Button>
      <span role="status">{state && !state.ok ? t(state.error) : ""}</span>
    </form>
  );
}
