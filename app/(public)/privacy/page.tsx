import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LegalList } from "@/components/legal/legal-list";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { isLocale } from "@/lib/i18n/config";
import { operatorName } from "@/lib/site/operator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

/** What personal information the platform holds, why, for how long, who sees it, and how to ask about it. */
export default async function PrivacyPage() {
  const [t, legal, locale] = await Promise.all([getTranslations("privacy"), getTranslations("legal"), getLocale()]);
  return (
    <Container className="flex max-w-200 flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="operator" title={t("operatorTitle")}>
        <p>{t("operatorBody", { operator: operatorName(isLocale(locale) ? locale : "ja") })}</p>
      </Section>
      <Section id="collect" title={t("collectTitle")}>
        <LegalList namespace="privacy" group="collect" />
      </Section>
      <Section id="retention" title={t("retentionTitle")}>
        <LegalList namespace="privacy" group="retention" />
      </Section>
      <Section id="sharing" title={t("sharingTitle")}>
        <LegalList namespace="privacy" group="sharing" />
      </Section>
      <Section id="rights" title={t("rightsTitle")}>
        <p>{t("rightsBody")}</p>
        <p>
          <TextLink href="/contact">{t("rightsContact")}</TextLink>
        </p>
      </Section>
      <Section id="cookies" title={t("cookiesTitle")}>
        <p>{t("cookiesLead")}</p>
        <LegalList namespace="privacy" group="cookies" />
      </Section>
      <p className="text-std-16N-170 text-solid-gray-700">{legal("updated")}</p>
    </Container>
  );
}
