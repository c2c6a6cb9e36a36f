import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResendConfirmationForm } from "@/components/auth/resend-confirmation-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess, safeCallbackPath } from "@/lib/auth/guard";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const [t, user] = await Promise.all([getTranslations("emailConfirmation"), getCurrentUser()]);
  return { title: user?.emailConfirmed ? t("confirmedTitle") : t("pendingTitle") };
}

interface ConfirmationStatusPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Where someone lands who tried to post, offer or book before confirming their address. */
export default async function ConfirmationStatusPage({ searchParams }: ConfirmationStatusPageProps) {
  const { callbackUrl } = await searchParams;
  const user = await requirePageAccess("account.manage", "/account/confirm-email");
  const back = callbackUrl === undefined ? null : safeCallbackPath(callbackUrl);
  const t = await getTranslations("emailConfirmation");
  if (user.emailConfirmed) {
    return (
      <Container size="narrow" className="flex flex-col gap-6 pb-16">
        <PageHeader title={t("confirmedTitle")} lead={t("confirmedBody")} />
        <p>
          <TextLink href={back && back !== "/" ? back : "/account"}>{back && back !== "/" ? t("back") : t("toAccount")}</TextLink>
        </p>
      </Container>
    );
  }
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("pendingTitle")} lead={t("pending", { email: user.email })} />
      <ResendConfirmationForm />
      {back && back !== "/" && (
        <p>
          <TextLink href={back}>{t("back")}</TextLink>
        </p>
      )}
    </Container>
  );
}
