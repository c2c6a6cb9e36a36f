import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { resetLinkIsUsable } from "@/lib/auth/password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("resetTitle"), referrer: "no-referrer" };
}

interface ResetPasswordPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const { token, welcome } = await searchParams;
  const t = await getTranslations("passwordReset");
  const usable = typeof token === "string" && (await resetLinkIsUsable(token));
  return (
    <Container size="narrow" className="pb-16">
      {/* An invitation's link (welcome=1) sets the first password: the same form, other words. */}
      {welcome === "1" && usable ? (
        <PageHeader title={t("welcomeTitle")} lead={t("welcomeLead")} />
      ) : (
        <PageHeader title={t("resetTitle")} lead={usable ? t("resetLead") : undefined} />
      )}
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="flex flex-col gap-6">
          <Alert tone="error" title={t("linkInvalidTitle")} live="off">
            {t("linkInvalid")}
          </Alert>
          <p>
            <TextLink href="/forgot-password">{t("requestAgain")}</TextLink>
          </p>
        </div>
      )}
    </Container>
  );
}
