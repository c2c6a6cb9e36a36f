import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardLinks, LicenceNote } from "@/components/kpis/dashboard-links";
import { GradeCounts } from "@/components/kpis/grade-counts";
import { KpiList } from "@/components/kpis/kpi-list";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getDashboardData } from "@/lib/kpis/public";
import { PILLARS, rollupAll, type PillarValue } from "@/lib/kpis/rollup";

interface Props {
  params: Promise<{ pillar: string }>;
}

const pillarOf = (raw: string): PillarValue | null => PILLARS.find((p) => p.toLowerCase() === raw) ?? null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = pillarOf((await params).pillar);
  const t = await getTranslations("dashboard");
  return { title: p ? `${t(`pillar.${p}`)} | ${t("title")}` : t("title") };
}

export default async function PillarPage({ params }: Props) {
  const p = pillarOf((await params).pillar);
  if (!p) notFound();
  const [t, data] = await Promise.all([getTranslations("dashboard"), getDashboardData()]);
  const kpis = data.kpis.filter((k) => k.pillar === p);
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader eyebrow={t("pillarsTitle")} title={t(`pillar.${p}`)} actions={<DashboardLinks />} />
      <div className="max-w-180">
        <GradeCounts rollup={rollupAll(kpis)} />
      </div>
      <KpiList kpis={kpis} caption={t("kpiList.caption")} />
      <div>
        <LinkButton href="/dashboard" variant="secondary">{t("backToDashboard")}</LinkButton>
      </div>
      <LicenceNote />
    </Container>
  );
}
