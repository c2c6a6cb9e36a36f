"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { answerTeamInvitationAction } from "@/app/(public)/zukan/invitation/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SuccessNotice } from "@/components/ui/success-notice";
import { TextLink } from "@/components/ui/text-link";
import { sentenceGap } from "@/lib/i18n/punctuation";

/** Join or decline, for the person the invitation was mailed to. Each is one POST, so link previews answer nothing. */
export function TeamInvitationAnswer({ token }: { token: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, action, pending] = useActionState(answerTeamInvitationAction, null);
  if (state?.ok) {
    return (
      <SuccessNotice>
        {t(state.data.joined ? "teamInvitation.joined" : "teamInvitation.declined")}
        {sentenceGap(locale)}
        <TextLink href={`/zukan/${state.data.projectSlug}`}>{t("teamInvitation.openProject")}</TextLink>
      </SuccessNotice>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && <Alert tone="error">{t(state.error)}</Alert>}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="answer" value="accept" aria-disabled={pending || undefined}>
          {t("teamInvitation.accept")}
        </Button>
        <Button type="submit" name="answer" value="decline" variant="secondary" aria-disabled={pending || undefined}>
          {t("teamInvitation.decline")}
        </Button>
      </div>
    </form>
  );
}
