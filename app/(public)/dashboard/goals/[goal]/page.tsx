import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardLinks, LicenceNote } from "@/components/kpis/dashboard-links";
import { GradeCounts } from "@/components/kpis/grade-counts";
import { KpiList } from "@/components/kpis/kpi-list";
import { pick } from "@/components/kpis/locale-text";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getDashboardData } from "@/lib/kpis/public";
import { rollupAll } from "@/lib/kpis/rollup";

interface Props {
  params: Promise<{ goal: string }>;
}

const goalNumber = (raw: string) => (/^([1-9]|1[0-7])$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = goalNumber((await params).goal);
  const t = await getTranslations("dashboard");
  return { title: n ? `${t("goalLabel", { number: n })} | ${t("title")}` : t("title") };
}

export default async function GoalPage({ params }: Props) {
  const n = goalNumber((await params).goal);
  if (n === null) notFound();
  const [t, locale, data] = await Promise.all([getTranslations("dashboard"), getLocale(), getDashboardData()]);
  const goal = data.goals.find((g) => g.number === n);
  if (!goal) notFound();
  const kpis = data.kpis.filter((k) => k.sdgGoals.includes(n));
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <div className="mt-6 h-2 rounded-4" style={{ backgroundColor: goal.colour }} aria-hidden="true" />
      <PageHeader eyebrow={t("goalLabel", { number: n })} title={pick(locale, goal.nameJa, goal.nameEn)} actions={<DashboardLinks />} className="pt-0" />
      <div className="max-w-180">
        <GradeCounts rollup={rollupAll(kpis)} />
      </div>
      <KpiList kpis={kpis} caption={t("goalKpis", { number: n })} />
      <div>
        <LinkButton href="/dashboard" variant="secondary">{t("backToDashboard")}</LinkButton>
      </div>
      <LicenceNote />
    </Container>
  );
}
