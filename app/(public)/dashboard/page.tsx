import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardLinks, LicenceNote } from "@/components/kpis/dashboard-links";
import { GoalsWithoutKpis, GoalTile } from "@/components/kpis/goal-tile";
import { GradeCounts, GradeHeadline, GradeTally } from "@/components/kpis/grade-counts";
import { KpiTable } from "@/components/kpis/kpi-table";
import { asUiLocale } from "@/components/kpis/locale-text";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { linkStyle } from "@/components/ui/styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import { getDashboardData } from "@/lib/kpis/public";
import { PILLARS, rollupAll, rollupByGoal, rollupByPillar } from "@/lib/kpis/rollup";
import { parseTableQuery } from "@/lib/kpis/table";
import { SupporterFiguresSection } from "@/components/supporters/supporter-figures";
import { supporterFigures } from "@/lib/supporters/figures";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title"), description: t("lead") };
}

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DashboardPage({ searchParams }: Props) {
  const [t, v, locale, data, params, supporters] = await Promise.all([getTranslations("dashboard"), getTranslations("kpiView"), getLocale(), getDashboardData(), searchParams, supporterFigures()]);
  const byGoal = rollupByGoal(data.kpis);
  const byPillar = rollupByPillar(data.kpis);
  const all = rollupAll(data.kpis);
  const hasDemo = data.kpis.some((k) => k.hasDemo);
  const withKpis = data.goals.filter((goal) => byGoal.get(goal.number)!.total > 0);
  const without = data.goals.filter((goal) => byGoal.get(goal.number)!.total === 0);
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} actions={<DashboardLinks />} />
      {hasDemo && <Alert tone="warning" live="off">{t("demoNotice")}</Alert>}
      <section aria-labelledby="summary-heading" className="flex max-w-200 flex-col gap-4">
        <h2 id="summary-heading" className="text-std-24B-150">{t("summaryTitle")}</h2>
        <p className="text-dns-16N-130">{v("headlineLead", { asOf: t("asOf", { year: fiscalYearLabel(data.asOfFiscalYear, asUiLocale(locale)) }) })}</p>
        <GradeHeadline rollup={all} className="text-std-20B-150" />
        <h3 className="text-std-17B-170">{v("legendTitle")}</h3>
        <GradeCounts rollup={all} meanings />
        <p><Link href="/dashboard/method" className={linkStyle}>{v("legendMethod")}</Link></p>
      </section>
      <section aria-labelledby="pillars-heading" className="flex flex-col gap-4">
        <h2 id="pillars-heading" className="text-std-24B-150">{t("pillarsTitle")}</h2>
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {PILLARS.map((p) => (
            <li key={p} className="flex flex-col gap-2 rounded-12 border border-solid-gray-420 p-4">
              <h3 className="text-std-20B-150">{t(`pillar.${p}`)}</h3>
              <GradeTally rollup={byPillar.get(p)!} />
              <Link href={`/dashboard/pillars/${p.toLowerCase()}`} className={linkStyle}>
                {t("viewPillar", { name: t(`pillar.${p}`) })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="goals-heading" className="flex flex-col gap-4">
        <h2 id="goals-heading" className="text-std-24B-150">{t("goalsTitle")}</h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {withKpis.map((goal) => (
            <GoalTile key={goal.number} goal={goal} rollup={byGoal.get(goal.number)!} />
          ))}
        </ul>
        {without.length > 0 && (
          <details className="rounded-12 border border-solid-gray-420 p-4">
            <summary className="cursor-pointer text-std-17B-170">{v("goalsWithout", { count: without.length })}</summary>
            <div className="mt-3 flex flex-col gap-3">
              <p className="text-dns-16N-130">{v("goalsWithoutLead")}</p>
              <GoalsWithoutKpis goals={without} />
            </div>
          </details>
        )}
      </section>
      <section aria-labelledby="kpis-heading" className="flex flex-col gap-4">
        <h2 id="kpis-heading" className="text-std-24B-150">{v("table.title")}</h2>
        <KpiTable kpis={data.kpis} query={parseTableQuery(params)} basePath="/dashboard" goals={withKpis} headingId="kpis" />
      </section>
      <SupporterFiguresSection figures={supporters} />
      <LicenceNote />
    </Container>
  );
}
