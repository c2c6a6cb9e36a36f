import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signUp");
  return { title: t("title") };
}

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("signUp");
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="flex flex-col gap-8">
        <SignUpForm />
        <p className="text-std-16N-170">
          {t("haveAccount")} <TextLink href="/signin">{t("signInLink")}</TextLink>
        </p>
      </div>
    </Container>
  );
}
