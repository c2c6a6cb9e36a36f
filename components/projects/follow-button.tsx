"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { toggleFollowAction } from "@/app/(public)/zukan/[slug]/actions";
import { buttonClasses } from "@/components/ui/button";

export function FollowButton({ projectId, following }: { projectId: string; following: boolean }) {
  const t = useTranslations("project");
  const tErrors = useTranslations();
  const [state, formAction, pending] = useActionState(toggleFollowAction, null);
  const current = state?.ok ? state.data.following : following;
  return (
    <form action={formAction} className="flex items-center gap-3">
      <input type="hidden" name="projectId" value={projectId} />
      <button type="submit" aria-pressed={current} aria-disabled={pending || undefined} className={buttonClasses({ variant: "secondary" })}>
        {current ? t("following") : t("follow")}
      </button>
      {state && !state.ok && <span role="alert" className="text-error-1">{tErrors(state.error)}</span>}
    </form>
  );
}
