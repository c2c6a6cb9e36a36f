import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SupporterForm } from "@/components/supporters/supporter-form";
import { WithdrawSupporterForm } from "@/components/supporters/withdraw-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { localised } from "@/lib/i18n/localised";
import { listAreasWithMunicipalities } from "@/lib/projects/queries";
import { municipalityGroups } from "@/lib/regions/options";
import { ACTIVITY_KINDS } from "@/lib/supporters/ledger";
import { RESIDENCES } from "@/lib/supporters/prefectures";
import { coreThreshold, supporterStanding } from "@/lib/supporters/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supporters");
  return { title: t("title") };
}

export default async function SupporterPage() {
  const user = await requirePageAccess("supporter.register", "/account/supporter");
  const [t, locale, format, standing, areas] = await Promise.all([getTranslations("supporters"), getLocale(), getFormatter(), supporterStanding(user.id), listAreasWithMunicipalities()]);
  const registration = standing?.registration;
  const saved = registration
    ? {
        residence: String(registration.residence),
        municipalityIds: registration.ties.map((tie) => String(tie.municipalityId)),
        wholePrefecture: registration.wholePrefecture,
        tieKinds: registration.tieKinds,
        notifyConsent: registration.notifyConsent,
        registerConsent: registration.registerConsent,
      }
    : null;
  return (
    <Container size="narrow" className="flex flex-col gap-12 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />

      {standing ? (
        <Section id="activity" title={t("activityTitle")}>
          <p className="text-std-20B-150">{t("tierIs", { tier: standing.tier === "core" ? t("tierCore") : t("tierSupporter") })}</p>
          <p>{t("recent", { count: standing.recent, threshold: standing.threshold })}</p>
          {standing.ledger.length === 0 ? (
            <p>{t("ledgerEmpty")}</p>
          ) : (
            <ol className="flex flex-col divide-y divide-solid-gray-200 border-y border-solid-gray-200">
              {standing.ledger.map((entry, i) => {
                const subject = localised(locale, entry.subjectJa, entry.subjectEn ?? entry.subjectJa);
                return (
                  <li key={i} className="flex flex-col gap-1 py-3">
                    <span className="text-std-16B-170">{t(`activity.${entry.kind}`)}</span>
                    <span>{entry.href ? <TextLink href={entry.href}>{subject}</TextLink> : subject}</span>
                    <span className="text-std-16N-170 text-solid-gray-700">
                      <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "long" })}</time>
                      {entry.place && ` · ${localised(locale, entry.place.nameJa, entry.place.nameEn)}`}
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </Section>
      ) : (
        <Section id="what-counts" title={t("whatCountsTitle")}>
          <p>{t("whatCountsLead", { threshold: coreThreshold() })}</p>
          <ul className="list-disc pl-6">
            {ACTIVITY_KINDS.map((kind) => (
              <li key={kind}>{t(`activity.${kind}`)}</li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="registration" title={registration ? t("registrationTitle") : t("registerTitle")}>
        {registration && <p>{t("registeredSince", { date: format.dateTime(registration.registeredAt, { dateStyle: "long" }) })}</p>}
        <SupporterForm
          residences={RESIDENCES.map((r) => ({ value: String(r.code), label: localised(locale, r.nameJa, r.nameEn) }))}
          municipalities={municipalityGroups(areas, locale)}
          saved={saved}
        />
      </Section>

      {registration && (
        <Section id="withdraw" title={t("withdrawTitle")}>
          <p>{t("withdrawLead")}</p>
          <WithdrawSupporterForm />
        </Section>
      )}
    </Container>
  );
}
