import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CancelGuestRegistration } from "@/components/netsugen/event-forms";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("netsugen.event"))("cancelTitle"), robots: { index: false } };
}

/** The page behind a guest's cancel link. Cancelling needs a click (a POST), so link previews cannot cancel. */
export default async function CancelRegistrationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("netsugen.event");
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("cancelTitle")} />
      <CancelGuestRegistration token={typeof token === "string" ? token.slice(0, 64) : ""} />
      <TextLink href="/netsugen">{t("back")}</TextLink>
    </Container>
  );
}
