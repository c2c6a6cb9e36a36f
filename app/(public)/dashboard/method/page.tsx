import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GradeIcon } from "@/components/kpis/grade-badge";
import { LicenceNote } from "@/components/kpis/dashboard-links";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { MODERATE_PACE, ON_TRACK_PACE, PLAN_FIRST_FISCAL_YEAR, STALE_AFTER_YEARS, type Grade } from "@/lib/kpis/grading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.method");
  return { title: t("title") };
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** The grading method in words; every number comes from lib/kpis/grading.ts, so the page cannot drift from the code. */
export default async function MethodPage() {
  const [t, g, d] = await Promise.all([getTranslations("dashboard.method"), getTranslations("kpiGrade"), getTranslations("dashboard")]);
  const thresholds = { onTrack: pct(ON_TRACK_PACE), moderate: pct(MODERATE_PACE) };
  const grades: [Grade, string][] = [
    ["ACHIEVED", t("gradeAchieved")],
    ["ON_TRACK", t("gradeOnTrack", thresholds)],
    ["MODERATE", t("gradeModerate", thresholds)],
    ["OFF_TRACK", t("gradeOffTrack", thresholds)],
    ["NO_DATA", t("gradeNoData")],
  ];
  return (
    <Container className="flex max-w-200 flex-col gap-8 pb-16">
      <PageHeader eyebrow={d("title")} title={t("title")} lead={t("lead")} />
      <Section id="progress" title={t("progressTitle")}><p>{t("progressBody")}</p></Section>
      <Section id="expected" title={t("expectedTitle")}><p>{t("expectedBody")}</p></Section>
      <Section id="grades" title={t("gradesTitle")}>
        <dl className="flex flex-col gap-3">
          {grades.map(([grade, text]) => (
            <div key={grade} className="flex flex-col gap-1 sm:flex-row sm:gap-4">
              <dt className="flex min-w-40 items-center gap-2 font-bold">
                <GradeIcon grade={grade} />
                {g(grade)}
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="forms" title={t("formsTitle")}>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>{t("formOrMore")}</li>
          <li>{t("formIncrease")}</li>
          <li>{t("formCumulative", { first: PLAN_FIRST_FISCAL_YEAR })}</li>
          <li>{t("formDecrease")}</li>
          <li>{t("formSeries")}</li>
        </ul>
      </Section>
      <Section id="stale" title={t("staleTitle")}><p>{t("staleBody", { years: STALE_AFTER_YEARS })}</p></Section>
      <Section id="rollup" title={t("rollupTitle")}><p>{t("rollupBody")}</p></Section>
      <Section id="areas" title={t("areasTitle")}><p>{t("areasBody")}</p></Section>
      <Section id="stored" title={t("storedTitle")}><p>{t("storedBody")}</p></Section>
      <Section id="sources" title={t("sourcesTitle")}><p>{t("sourcesBody")}</p></Section>
      <div>
        <LinkButton href="/dashboard" variant="secondary">{d("backToDashboard")}</LinkButton>
      </div>
      <LicenceNote />
    </Container>
  );
}
