import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardLinks, LicenceNote } from "@/components/kpis/dashboard-links";
import { GradeBadge } from "@/components/kpis/grade-badge";
import { GradeExplanation } from "@/components/kpis/grade-explanation";
import { KpiChartLazy as KpiChart } from "@/components/kpis/kpi-chart-lazy";
import { KpiHeadlineCard } from "@/components/kpis/kpi-headline-card";
import { KpiPublicationHistory } from "@/components/kpis/kpi-publication-history";
import { KpiSeriesTable } from "@/components/kpis/kpi-series-table";
import { pick } from "@/components/kpis/locale-text";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { linkStyle } from "@/components/ui/styles";
import { seriesRows } from "@/lib/kpis/chart-data";
import { seriesDecimals } from "@/lib/kpis/presentation";
import { getPublicKpi } from "@/lib/kpis/public";
import { dot } from "@/lib/i18n/punctuation";

interface Props {
  params: Promise<{ code: string }>;
}

const CODE = /^[a-z0-9-]{1,100}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const [found, locale, t] = await Promise.all([CODE.test(code) ? getPublicKpi(code) : null, getLocale(), getTranslations("dashboard")]);
  return { title: found ? `${pick(locale, found.kpi.nameJa, found.kpi.nameEn)} | ${t("title")}` : t("title") };
}

export default async function PublicKpiPage({ params }: Props) {
  const { code } = await params;
  const found = CODE.test(code) ? await getPublicKpi(code) : null;
  if (!found) notFound();
  const { kpi, data } = found;
  const [t, g, v, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("kpiGrade"), getTranslations("kpiView"), getLocale()]);
  const unit = pick(locale, kpi.unit ?? "", kpi.unitEn);
  const goals = data.goals.filter((goal) => kpi.sdgGoals.includes(goal.number));
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader
        eyebrow={`${t(`pillar.${kpi.pillar}`)}${dot(locale)}${t(`kpi.direction.${kpi.direction}`)}${kpi.cumulative ? `${dot(locale)}${t("kpi.cumulative")}` : ""}`}
        title={pick(locale, kpi.nameJa, kpi.nameEn)}
        lead={<GradeBadge grade={kpi.grade.grade} stale={kpi.grade.stale} demo={kpi.hasDemo} />}
        actions={<DashboardLinks />}
      />
      {kpi.hasDemo && <Alert tone="warning" live="off">{t("demoNotice")}</Alert>}

      <section aria-labelledby="glance-heading" className="flex flex-col gap-4">
        <h2 id="glance-heading" className="text-std-24B-150">{v("card.title")}</h2>
        <KpiHeadlineCard kpi={kpi} unit={unit} />
        <ul aria-label={v("card.downloads")} className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={`/api/v1/kpis/${kpi.code}?format=csv`} className={linkStyle} download>{v("card.csv")}</a>
          </li>
          <li>
            {/* A JSON route handler, not a page: a full navigation, never a client-side one. */}
            <a href={`/api/v1/kpis/${kpi.code}`} className={linkStyle}>{v("card.json")}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="grade-heading" className="flex max-w-180 flex-col gap-6">
        <h2 id="grade-heading" className="text-std-24B-150">{t("kpi.gradeTitle")}</h2>
        {kpi.grade.rule === "worst-series" && <p>{g("overall.worst-series", { graded: kpi.grade.gradedSeries, total: kpi.grade.totalSeries })}</p>}
        {kpi.series.map((s) => (
          <GradeExplanation key={s.key} grade={s.grade} unit={unit} decimals={seriesDecimals(s)} title={kpi.series.length > 1 ? pick(locale, s.labelJa, s.labelEn) : undefined} />
        ))}
        <p><Link href="/dashboard/method" className={linkStyle}>{t("methodLink")}</Link></p>
      </section>

      <section aria-labelledby="chart-heading" className="flex flex-col gap-6">
        <h2 id="chart-heading" className="text-std-24B-150">{t("kpi.chartTitle")}</h2>
        {kpi.series.map((s) => {
          const rows = seriesRows(s, kpi);
          const tableId = `table-${s.key}`;
          const label = pick(locale, s.labelJa, s.labelEn);
          return (
            <div key={s.key} className="flex flex-col gap-4">
              {kpi.series.length > 1 && <h3 className="text-std-20B-150">{label}</h3>}
              <KpiChart
                rows={rows}
                tableId={tableId}
                locale={locale}
                decimals={seriesDecimals(s)}
                labels={{
                  baseline: t("kpi.baseline"),
                  actual: t("kpi.actual"),
                  milestone: t("kpi.milestone"),
                  expected: t("kpi.expected"),
                  description: s.baseline ? t("kpi.chartDescription") : v("chartDescriptionNoPath"),
                  axis: unit ? v("axisUnit", { unit }) : "",
                }}
              />
              <KpiSeriesTable id={tableId} rows={rows} decimals={seriesDecimals(s)} caption={t("kpi.tableCaption", { series: label, unit: unit || "—" })} />
              {s.baselinePrinted && <p className="text-dns-14N-130">{t("kpi.baselinePrinted", { printed: s.baselinePrinted })}</p>}
            </div>
          );
        })}
      </section>

      <section aria-labelledby="about-heading" className="flex max-w-180 flex-col gap-4">
        <h2 id="about-heading" className="sr-only">{t("kpi.sourceTitle")}</h2>
        <h3 className="text-std-20B-150">{t("kpi.ownerTitle")}</h3>
        <p>{pick(locale, kpi.ownerDepartmentJa ?? t("kpi.ownerUnknown"), kpi.ownerDepartmentEn)}</p>
        <h3 className="text-std-20B-150">{t("kpi.sourceTitle")}</h3>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          {kpi.sourceRefs.map((ref, index) => (
            <li key={index}>
              {t("kpi.sourceRef", {
                document: t("kpi.sourceDocument"),
                section: ref.section,
                title: pick(locale, ref.sectionTitleJa ?? "", ref.sectionTitleEn),
                from: ref.pages?.from ?? 0,
                to: ref.pages?.to ?? 0,
                pages: ref.pages === null ? "none" : ref.pages.from === ref.pages.to ? "one" : "range",
              })}
              {ref.printedJa.length > 0 && <span lang="ja" className="block text-dns-14N-130 text-solid-gray-800">「{ref.printedJa.join(" ")}」</span>}
            </li>
          ))}
        </ul>
        {kpi.derivation && <p>{t("kpi.derived")}</p>}
        {goals.length > 0 && (
          <>
            <h3 className="text-std-20B-150">{t("kpi.sdgsTitle")}</h3>
            <ul className="flex flex-col gap-1">
              {goals.map((goal) => (
                <li key={goal.number}>
                  <Link href={`/dashboard/goals/${goal.number}`} className={linkStyle}>
                    {t("goalLabel", { number: goal.number })} {pick(locale, goal.nameJa, goal.nameEn)}
                  </Link>
                </li>
              ))}
            </ul>
            {kpi.sdgTargets.length > 0 && <p>{t("kpi.targetsLabel")}: {kpi.sdgTargets.join(", ")}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="history-heading" className="flex flex-col gap-4">
        <h2 id="history-heading" className="text-std-24B-150">{t("kpi.historyTitle")}</h2>
        <KpiPublicationHistory kpi={kpi} unit={unit} />
      </section>
      <div>
        <LinkButton href="/dashboard" variant="secondary">{t("backToDashboard")}</LinkButton>
      </div>
      <LicenceNote />
    </Container>
  );
}
