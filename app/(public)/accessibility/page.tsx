import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccessibilityFeedbackForm } from "@/components/accessibility/feedback-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ACCESSIBILITY_SWEEP } from "@/lib/accessibility/sweep-results";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

/**
 * The accessibility statement (ウェブアクセシビリティ方針), as 総務省's guidance for public
 * websites asks: the standard aimed at, what is covered, how it was tested, and the results.
 */
export default async function AccessibilityPage() {
  const [t, feedback, format] = await Promise.all([getTranslations("accessibility"), getTranslations("accessibilityFeedback"), getFormatter()]);
  const s = ACCESSIBILITY_SWEEP;
  const results: [string, string][] = [
    [t("resultDate"), format.dateTime(new Date(`${s.checkedOn}T00:00:00+09:00`), { dateStyle: "long", timeZone: "Asia/Tokyo" })],
    [t("resultPages"), t("resultPagesValue", { pages: s.pages, languages: s.languages, viewpoints: s.viewpoints, views: s.pageViews })],
    [t("resultSerious"), t("count", { count: s.seriousOrCritical })],
    [t("resultModerate"), t("count", { count: s.moderateOrMinor })],
    [t("resultKeyboard"), t("resultKeyboardValue", { count: s.keyboardJourneys })],
  ];
  return (
    <Container className="flex max-w-200 flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="policy" title={t("policyTitle")}>
        <p>{t("policyBody")}</p>
      </Section>
      <Section id="scope" title={t("scopeTitle")}>
        <p>{t("scopeBody")}</p>
      </Section>
      <Section id="method" title={t("methodTitle")}>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>{t("methodAxe", { version: s.axeCoreVersion })}</li>
          <li>{t("methodKeyboard")}</li>
          <li>{t("methodCharts")}</li>
          <li>{t("methodGate")}</li>
        </ul>
      </Section>
      <Section id="results" title={t("resultsTitle")}>
        <dl className="flex flex-col gap-3">
          {results.map(([term, value]) => (
            <div key={term} className="flex flex-col gap-1 sm:flex-row sm:gap-4">
              <dt className="min-w-56 font-bold">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="limits" title={t("limitsTitle")}>
        <p>{t("limitsBody")}</p>
      </Section>
      <Section id="feedback" title={feedback("title")}>
        <p>{feedback("lead")}</p>
        <AccessibilityFeedbackForm />
      </Section>
    </Container>
  );
}
