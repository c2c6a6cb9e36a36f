import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { safeCallbackPath } from "@/lib/auth/guard";
import { landingPath } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  // Without a page to return to, the form comes back here once signed in, and the redirect below
  // sends each person to their own starting point (staff to their inbox).
  const callbackPath = params.callbackUrl === undefined ? null : safeCallbackPath(params.callbackUrl);
  const user = await getCurrentUser();
  if (user) redirect(callbackPath ?? landingPath(user));
  const t = await getTranslations("signIn");
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="flex flex-col gap-8">
        {params.registered === "1" && <Alert tone="success">{t("registered")}</Alert>}
        {params.reset === "1" && <Alert tone="success">{t("passwordReset")}</Alert>}
        <SignInForm callbackPath={callbackPath ?? "/signin"} initialError={typeof params.error === "string"} />
        <p className="text-std-16N-170">
          <TextLink href="/forgot-password">{t("forgot")}</TextLink>
        </p>
        <p className="text-std-16N-170">
          {t("noAccount")} <TextLink href="/signup">{t("signUpLink")}</TextLink>
        </p>
        <Alert tone="info" title={t("demoTitle")} live="off">
          {t("demoBody")}
        </Alert>
      </div>
    </Container>
  );
}
