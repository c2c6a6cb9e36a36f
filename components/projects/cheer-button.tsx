"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { toggleCheerAction } from "@/app/(public)/zukan/[slug]/actions";
import { buttonClasses } from "@/components/ui/button";

/** A toggle (aria-pressed) that counts cheers; the count is announced politely when it changes. */
export function CheerButton({ projectId, cheered, count }: { projectId: string; cheered: boolean; count: number }) {
  const t = useTranslations("zukan");
  const tErrors = useTranslations();
  const [state, formAction, pending] = useActionState(toggleCheerAction, null);
  const current = state?.ok ? state.data : { cheered, count };
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="projectId" value={projectId} />
      <button type="submit" aria-pressed={current.cheered} aria-disabled={pending || undefined} className={buttonClasses({ variant: current.cheered ? "primary" : "secondary" })}>
        <span aria-hidden="true">♨</span> {t("cheer")}
      </button>
      <span aria-live="polite">{t("cheers", { count: current.count })}</span>
      {state && !state.ok && <span role="alert" className="text-error-1">{tErrors(state.error)}</span>}
    </form>
  );
}
