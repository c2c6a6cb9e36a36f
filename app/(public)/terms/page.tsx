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
  const t = await getTranslations("terms");
  return { title: t("title") };
}

/** Rules of conduct, how posts are moderated, and the licence of what people post (CC BY 4.0, offered as PDL1.0 open data). */
export default async function TermsPage() {
  const [t, legal, locale] = await Promise.all([getTranslations("terms"), getTranslations("legal"), getLocale()]);
  return (
    <Container className="flex max-w-200 flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="scope" title={t("scopeTitle")}>
        <p>{t("scopeBody", { operator: operatorName(isLocale(locale) ? locale : "ja") })}</p>
        <p>
          <TextLink href="/privacy">{legal("privacyLink")}</TextLink>
        </p>
      </Section>
      <Section id="account" title={t("accountTitle")}>
        <LegalList namespace="terms" group="account" />
      </Section>
      <Section id="conduct" title={t("conductTitle")}>
        <p>{t("conductLead")}</p>
        <LegalList namespace="terms" group="conduct" />
      </Section>
      <Section id="moderation" title={t("moderationTitle")}>
        <p>{t("moderationBody")}</p>
      </Section>
      <Section id="licence" title={t("licenceTitle")}>
        <LegalList namespace="terms" group="licence" />
      </Section>
      <Section id="disclaimer" title={t("disclaimerTitle")}>
        <p>{t("disclaimerBody")}</p>
      </Section>
      <Section id="changes" title={t("changesTitle")}>
        <p>{t("changesBody")}</p>
      </Section>
    </Container>
  );
}
