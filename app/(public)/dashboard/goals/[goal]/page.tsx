import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardLinks, LicenceNote } from "@/components/kpis/dashboard-links";
import { GradeCounts, GradeHeadline } from "@/components/kpis/grade-counts";
import { KpiTable } from "@/components/kpis/kpi-table";
import { pick } from "@/components/kpis/locale-text";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getDashboardData } from "@/lib/kpis/public";
import { rollupAll } from "@/lib/kpis/rollup";
import { parseTableQuery } from "@/lib/kpis/table";

interface Props {
  params: Promise<{ goal: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const goalNumber = (raw: string) => (/^([1-9]|1[0-7])$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = goalNumber((await params).goal);
  const t = await getTranslations("dashboard");
  return { title: n ? `${t("goalLabel", { number: n })} | ${t("title")}` : t("title") };
}

export default async function GoalPage({ params, searchParams }: Props) {
  const n = goalNumber((await params).goal);
  if (n === null) notFound();
  const [t, locale, data, query] = await Promise.all([getTranslations("dashboard"), getLocale(), getDashboardData(), searchParams]);
  const goal = data.goals.find((g) => g.number === n);
  if (!goal) notFound();
  const kpis = data.kpis.filter((k) => k.sdgGoals.includes(n));
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <div className="mt-6 h-2 rounded-4" style={{ backgroundColor: goal.colour }} aria-hidden="true" />
      <PageHeader eyebrow={t("goalLabel", { number: n })} title={pick(locale, goal.nameJa, goal.nameEn)} actions={<DashboardLinks />} className="pt-0" />
      <section aria-labelledby="summary-heading" className="flex max-w-180 flex-col gap-3">
        <h2 id="summary-heading" className="text-std-24B-150">{t("summaryTitle")}</h2>
        <GradeHeadline rollup={rollupAll(kpis)} className="text-std-20B-150" />
        <GradeCounts rollup={rollupAll(kpis)} meanings />
      </section>
      <section aria-labelledby="kpis-heading" className="flex flex-col gap-4">
        <h2 id="kpis-heading" className="text-std-24B-150">{t("goalKpis", { number: n })}</h2>
        {/* The goal filter is the page itself; a ?goal= in the address is ignored here. */}
        <KpiTable kpis={kpis} query={{ ...parseTableQuery(query), goal: null }} basePath={`/dashboard/goals/${n}`} headingId="kpis" />
      </section>
      <div>
        <LinkButton href="/dashboard" variant="secondary">{t("backToDashboard")}</LinkButton>
      </div>
      <LicenceNote />
    </Container>
  );
}
