import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TeamInvitationAnswer } from "@/components/projects/team-invitation-answer";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { localised } from "@/lib/i18n/localised";
import { sentenceGap } from "@/lib/i18n/punctuation";
import { viewTeamInvitation } from "@/lib/projects/invitations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamInvitation"))("title"), robots: { index: false } };
}

/**
 * Where a team invitation's mail leads. It names the project and the role, never the address it
 * was sent to; answering needs that address signed in, and a click (a POST).
 */
export default async function TeamInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw.slice(0, 200) : "";
  const [t, locale, user] = await Promise.all([getTranslations("teamInvitation"), getLocale(), getCurrentUser()]);
  const invitation = await viewTeamInvitation(token, user);
  const here = `/zukan/invitation?token=${encodeURIComponent(token)}`;
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("title")} />
      {invitation.state === "unusable" ? (
        <Alert tone="error">{t("unusable")}</Alert>
      ) : invitation.state === "answered" ? (
        <Alert tone="success">
          {t(invitation.joined ? "joined" : "declined")}
          {sentenceGap(locale)}
          <TextLink href={`/zukan/${invitation.project.slug}`}>{t("openProject")}</TextLink>
        </Alert>
      ) : (
        <>
          <p className="text-lg">
            {t("intro", { project: localised(locale as Locale, invitation.project.titleJa, invitation.project.titleEn) })}
            {sentenceGap(locale)}
            {t(invitation.role === "LEAD" ? "roleLead" : "roleMember")}
          </p>
          {!user ? (
            <>
              <p>{t("signInFirst")}</p>
              <div className="flex flex-wrap gap-3">
                <LinkButton href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{t("signIn")}</LinkButton>
                <LinkButton variant="secondary" href="/signup">
                  {t("signUp")}
                </LinkButton>
              </div>
            </>
          ) : invitation.forViewer ? (
            <TeamInvitationAnswer token={token} />
          ) : (
            <Alert tone="warning">{t("otherAddress")}</Alert>
          )}
        </>
      )}
    </Container>
  );
}
