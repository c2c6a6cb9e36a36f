"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { issueStatementAction, markPaidAction } from "@/app/(staff)/staff/netsugen/statements/actions";
import { Button } from "@/components/ui/button";

export function IssueStatementButton({ membershipId, month, label }: { membershipId: string; month: string; label: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(issueStatementAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="month" value={month} />
      <Button type="submit" size="sm" variant="secondary" aria-label={label} aria-disabled={pending || undefined}>
        {t("netsugenStaff.statements.issue")}
      </Button>
      <span role="status">{state && !state.ok ? t(state.error) : ""}</span>
    </form>
  );
}

export function MarkPaidButton({ statementId, label }: { statementId: string; label: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(markPaidAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="statementId" value={statementId} />
      <Button type="submit" size="sm" aria-label={label} aria-disabled={pending || undefined}>
        {t("netsugenStaff.statements.markPaid")}
      </Button>
      <span role="status">{state && !state.ok ? t(state.error) : ""}</span>
    </form>
  );
}
