"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { restorePostAction } from "@/app/(staff)/staff/moderation/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** 表示に戻す for one hidden post. Undoing a hide needs no confirmation: it can be hidden again. */
export function RestoreForm({ subjectType, subjectId, label }: { subjectType: string; subjectId: string; label: string }) {
  const t = useTranslations("comments");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(restorePostAction, null);
  if (state?.ok) return <Alert tone="success">{t("restored")}</Alert>;
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      {state && !state.ok && <Alert tone="error">{tAll(state.error)}</Alert>}
      <input type="hidden" name="subjectType" value={subjectType} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <Button type="submit" size="sm" variant="secondary" aria-label={label} aria-disabled={pending || undefined}>
        {t("restore")}
      </Button>
    </form>
  );
}
