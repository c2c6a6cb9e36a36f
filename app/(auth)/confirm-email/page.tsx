import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { confirmationLinkIsUsable } from "@/lib/auth/email-confirmation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("emailConfirmation");
  return { title: t("title"), referrer: "no-referrer" };
}

interface ConfirmEmailPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ConfirmEmailPage({ searchParams }: ConfirmEmailPageProps) {
  const { token } = await searchParams;
  const t = await getTranslations("emailConfirmation");
  const usable = typeof token === "string" && (await confirmationLinkIsUsable(token));
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("title")} />
      {usable ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <Alert tone="error" title={t("linkInvalidTitle")} live="off">
          {t("linkInvalid")}
        </Alert>
      )}
    </Container>
  );
}
