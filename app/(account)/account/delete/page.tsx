import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requirePageAccess } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("deletePageTitle") };
}

export default async function DeleteAccountPage() {
  await requirePageAccess("account.manage", "/account/delete");
  const t = await getTranslations("account");
  return (
    <Container size="narrow" className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("deletePageTitle")} lead={t("deleteLead")} />
      <Section id="goes" title={t("deleteWhatGoes")}>
        <p>{t("deleteGoes")}</p>
      </Section>
      <Section id="stays" title={t("deleteWhatStays")}>
        <p>{t("deleteStays")}</p>
      </Section>
      <DeleteAccountForm />
    </Container>
  );
}
