import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardLinks, LicenceNote } from "@/components/kpis/dashboard-links";
import { GradeCounts, GradeHeadline } from "@/components/kpis/grade-counts";
import { KpiTable } from "@/components/kpis/kpi-table";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getDashboardData } from "@/lib/kpis/public";
import { PILLARS, rollupAll, rollupByGoal, type PillarValue } from "@/lib/kpis/rollup";
import { parseTableQuery } from "@/lib/kpis/table";

interface Props {
  params: Promise<{ pillar: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const pillarOf = (raw: string): PillarValue | null => PILLARS.find((p) => p.toLowerCase() === raw) ?? null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = pillarOf((await params).pillar);
  const t = await getTranslations("dashboard");
  return { title: p ? `${t(`pillar.${p}`)} | ${t("title")}` : t("title") };
}

export default async function PillarPage({ params, searchParams }: Props) {
  const p = pillarOf((await params).pillar);
  if (!p) notFound();
  const [t, data, query] = await Promise.all([getTranslations("dashboard"), getDashboardData(), searchParams]);
  const kpis = data.kpis.filter((k) => k.pillar === p);
  const byGoal = rollupByGoal(kpis);
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader eyebrow={t("pillarsTitle")} title={t(`pillar.${p}`)} actions={<DashboardLinks />} />
      <section aria-labelledby="summary-heading" className="flex max-w-180 flex-col gap-3">
        <h2 id="summary-heading" className="text-std-24B-150">{t("summaryTitle")}</h2>
        <GradeHeadline rollup={rollupAll(kpis)} className="text-std-20B-150" />
        <GradeCounts rollup={rollupAll(kpis)} meanings />
      </section>
      <section aria-labelledby="kpis-heading" className="flex flex-col gap-4">
        <h2 id="kpis-heading" className="text-std-24B-150">{t("kpiList.caption")}</h2>
        {/* The pillar filter is the page itself; a ?pillar= in the address is ignored here. */}
        <KpiTable
          kpis={kpis}
          query={{ ...parseTableQuery(query), pillar: null }}
          basePath={`/dashboard/pillars/${p.toLowerCase()}`}
          goals={data.goals.filter((goal) => byGoal.get(goal.number)!.total > 0)}
          showPillar={false}
          headingId="kpis"
        />
      </section>
      <div>
        <LinkButton href="/dashboard" variant="secondary">{t("backToDashboard")}</LinkButton>
      </div>
      <LicenceNote />
    </Container>
  );
}
