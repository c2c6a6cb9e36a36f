"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { publishAnswerAction } from "@/app/(staff)/staff/ideas/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function PublishAnswerForm({ ideaId }: { ideaId: string }) {
  const t = useTranslations("review");
  const tErrors = useTranslations();
  const [state, formAction, pending] = useActionState(publishAnswerAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state && !state.ok && <Alert tone="error">{tErrors(state.error)}</Alert>}
      <input type="hidden" name="ideaId" value={ideaId} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("publishAnswer")}
        </Button>
      </div>
    </form>
  );
}
