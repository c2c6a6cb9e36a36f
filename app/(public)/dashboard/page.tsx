import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardLinks, LicenceNote } from "@/components/kpis/dashboard-links";
import { GoalTile } from "@/components/kpis/goal-tile";
import { GradeCounts } from "@/components/kpis/grade-counts";
import { asUiLocale } from "@/components/kpis/locale-text";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { linkStyle } from "@/components/ui/styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import { getDashboardData } from "@/lib/kpis/public";
import { PILLARS, rollupAll, rollupByGoal, rollupByPillar } from "@/lib/kpis/rollup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title"), description: t("lead") };
}

export default async function DashboardPage() {
  const [t, locale, data] = await Promise.all([getTranslations("dashboard"), getLocale(), getDashboardData()]);
  const byGoal = rollupByGoal(data.kpis);
  const byPillar = rollupByPillar(data.kpis);
  const hasDemo = data.kpis.some((k) => k.hasDemo);
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} actions={<DashboardLinks />} />
      {hasDemo && <Alert tone="warning" live="off">{t("demoNotice")}</Alert>}
      <section aria-labelledby="summary-heading" className="flex max-w-180 flex-col gap-3">
        <h2 id="summary-heading" className="text-std-24B-150">{t("summaryTitle")}</h2>
        <p className="text-dns-16N-130">{t("asOf", { year: fiscalYearLabel(data.asOfFiscalYear, asUiLocale(locale)) })}</p>
        <GradeCounts rollup={rollupAll(data.kpis)} />
      </section>
      <section aria-labelledby="pillars-heading" className="flex flex-col gap-4">
        <h2 id="pillars-heading" className="text-std-24B-150">{t("pillarsTitle")}</h2>
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {PILLARS.map((p) => (
            <li key={p} className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4">
              <h3 className="text-std-20B-150">{t(`pillar.${p}`)}</h3>
              <GradeCounts rollup={byPillar.get(p)!} />
              <Link href={`/dashboard/pillars/${p.toLowerCase()}`} className={linkStyle}>
                {t("viewPillar", { name: t(`pillar.${p}`) })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="goals-heading" className="flex flex-col gap-4">
        <h2 id="goals-heading" className="text-std-24B-150">{t("goalsTitle")}</h2>
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {data.goals.map((goal) => (
            <GoalTile key={goal.number} goal={goal} rollup={byGoal.get(goal.number)!} />
          ))}
        </ul>
      </section>
      <LicenceNote />
    </Container>
  );
}
