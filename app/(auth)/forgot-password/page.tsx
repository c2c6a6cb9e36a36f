import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("requestTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("requestTitle")} lead={t("requestLead")} />
      <div className="flex flex-col gap-8">
        <ForgotPasswordForm />
        <p>
          <TextLink href="/signin">{t("backToSignIn")}</TextLink>
        </p>
      </div>
    </Container>
  );
}
