import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { linkStyle } from "@/components/ui/styles";
import { isLocale } from "@/lib/i18n/config";
import { operator, operatorName } from "@/lib/site/operator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact");
  return { title: t("title") };
}

/** Who runs the platform and how to reach them (the settings of lib/site/operator.ts), and NETSUGEN's floor. */
export default async function ContactPage() {
  const [t, locale] = await Promise.all([getTranslations("contact"), getLocale()]);
  const readerLocale = isLocale(locale) ? locale : "ja";
  const o = operator(readerLocale);
  const rows: [string, ReactNode][] = [
    [t("name"), operatorName(readerLocale)],
    [t("address"), o.postalAddress],
    [t("email"), <a key="email" href={`mailto:${o.email}`} className={linkStyle}>{o.email}</a>],
    ...(o.phone ? [[t("phone"), <a key="phone" href={`tel:${o.phone.replace(/[^\d+]/g, "")}`} className={linkStyle}>{o.phone}</a>] as [string, ReactNode]] : []),
    ...(o.hours ? [[t("hours"), o.hours] as [string, ReactNode]] : []),
  ];
  return (
    <Container className="flex max-w-200 flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="operator" title={t("operatorTitle")}>
        <dl className="flex flex-col gap-3">
          {rows.map(([term, value]) => (
            <div key={term} className="flex flex-col gap-1 sm:flex-row sm:gap-4">
              <dt className="min-w-40 font-bold">{term}</dt>
              <dd className="wrap-anywhere">{value}</dd>
            </div>
          ))}
        </dl>
        {!o.phone && <p>{t("emailOnly")}</p>}
      </Section>
      <Section id="privacy" title={t("privacyTitle")}>
        <p>
          <TextLink href="/privacy">{t("privacyLink")}</TextLink>
        </p>
      </Section>
      <Section id="netsugen" title={t("netsugenTitle")}>
        <p>{t("netsugenBody")}</p>
        <p>
          <TextLink href="/netsugen">{t("netsugenLink")}</TextLink>
        </p>
      </Section>
      <Section id="accessibility" title={t("accessibilityTitle")}>
        <p>{t("accessibilityBody")}</p>
        <p>
          <TextLink href="/accessibility">{t("accessibilityLink")}</TextLink>
        </p>
      </Section>
    </Container>
  );
}
