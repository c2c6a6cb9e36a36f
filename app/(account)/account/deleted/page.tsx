import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("deletedTitle") };
}

/** Where a deleted account lands: its session is already over, so this page is open to all. */
export default async function AccountDeletedPage() {
  const t = await getTranslations("account");
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("deletedTitle")} lead={t("deletedBody")} actions={<LinkButton href="/">{t("deletedHome")}</LinkButton>} />
    </Container>
  );
}
