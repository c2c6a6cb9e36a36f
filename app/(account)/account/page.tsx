import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ProfileVisibilityForm } from "@/components/account/profile-visibility-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { buttonClasses, LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { tableStyles } from "@/components/ui/table-styles";
import { countPersonalData, getAccountProfile, listActiveSessions, type PersonalDataCounts } from "@/lib/account/queries";
import { requirePageAccess } from "@/lib/auth/guard";
import { TableFrame } from "@/components/ui/table-frame";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requirePageAccess("account.manage", "/account");
  const [t, tSettings, tSupporters, format, profile, sessions, counts] = await Promise.all([
    getTranslations("account"),
    getTranslations("notificationSettings"),
    getTranslations("supporters"),
    getFormatter(),
    getAccountProfile(user.id),
    listActiveSessions(user.id),
    countPersonalData(user.id),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Container size="narrow" className="flex flex-col gap-12 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section id="profile" title={t("profileTitle")}>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{t("name")}</dt>
          <dd className="mb-2 sm:mb-0">{profile.name}</dd>
          <dt className="font-bold">{t("email")}</dt>
          <dd className="mb-2 break-all sm:mb-0">
            {profile.email}{" "}
            {user.emailConfirmed ? (
              <span className="text-solid-gray-700">{t("emailConfirmed")}</span>
            ) : (
              <TextLink href="/account/confirm-email">{t("emailUnconfirmed")}</TextLink>
            )}
          </dd>
          <dt className="font-bold">{t("roles")}</dt>
          <dd className="mb-2 sm:mb-0">{profile.roles.map((role) => t(`role.${role}`)).join("、")}</dd>
          <dt className="font-bold">{t("registeredAt")}</dt>
          <dd>{format.dateTime(profile.createdAt, { dateStyle: "long" })}</dd>
        </dl>
      </Section>

      <ul className="flex flex-col gap-2">
        <li>
          <TextLink href="/account/notifications">{tSettings("link")}</TextLink>
        </li>
        <li>
          <TextLink href="/account/supporter">{tSupporters("link")}</TextLink>
        </li>
      </ul>

      <Section id="visibility" title={t("visibilityTitle")}>
        <p>{t("visibilityLead")}</p>
        <ProfileVisibilityForm isPublicProfile={profile.isPublicProfile} />
      </Section>

      <Section id="email" title={t("emailChangeTitle")}>
        <p>{t("emailChangeLead")}</p>
        <ChangeEmailForm />
      </Section>

      <Section id="password" title={t("passwordTitle")}>
        <p>{t("passwordLead")}</p>
        <ChangePasswordForm />
      </Section>

      <Section id="sessions" title={t("sessionsTitle")}>
        <p>{t("sessionsLead")}</p>
        <ul className="flex flex-col divide-y divide-solid-gray-200 border-y border-solid-gray-200">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-col gap-1 py-3">
              <p className="font-bold">
                {session.userAgent ?? t("sessionUnknownDevice")}
                {session.id === user.sessionId && <span className="ml-2 rounded-4 bg-blue-900 px-1.5 text-dns-14B-130 text-white">{t("sessionThis")}</span>}
              </p>
              <p className="text-dns-14N-130 text-solid-gray-700">
                {t("sessionSignedInAt")}：<time dateTime={session.createdAt.toISOString()}>{when(session.createdAt)}</time>
                <br />
                {t("sessionLastSeen")}：<time dateTime={session.lastSeenAt.toISOString()}>{when(session.lastSeenAt)}</time>
              </p>
            </li>
          ))}
        </ul>
        <SignOutEverywhereForm hasOthers={sessions.some((s) => s.id !== user.sessionId)} />
      </Section>

      <Section id="my-data" title={t("dataTitle")}>
        <p>{t("dataLead")}</p>
        <TableFrame label={t("dataTitle")}>
          <table className={tableStyles.table}>
            <thead>
              <tr>
                <th scope="col" className={tableStyles.th}>
                  {t("dataKind")}
                </th>
                <th scope="col" className={`${tableStyles.th} whitespace-nowrap text-right`}>
                  {t("dataCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(counts) as (keyof PersonalDataCounts)[]).map((kind) => (
                <tr key={kind}>
                  <th scope="row" className={`${tableStyles.td} text-left font-normal`}>
                    {t(`data.${kind}`)}
                  </th>
                  <td className={`${tableStyles.td} text-right tabular-nums`}>{format.number(counts[kind])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
        <div>
          {/* A plain link: a file download, not a page the router should fetch. */}
          <a href="/account/export" download className={buttonClasses({ variant: "secondary" })}>
            {t("download")}
          </a>
        </div>
      </Section>

      <Section id="delete" title={t("deleteTitle")}>
        <p>{t("deleteLead")}</p>
        <div>
          <LinkButton href="/account/delete" variant="secondary">
            {t("deleteLink")}
          </LinkButton>
        </div>
      </Section>
    </Container>
  );
}
