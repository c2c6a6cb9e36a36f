import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffKpiTable } from "@/components/kpis/staff-kpi-table";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { listKpisForStaff } from "@/lib/kpis/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kpiStaff");
  return { title: t("title") };
}

export default async function StaffKpisPage() {
  await requirePageAccess("kpi.observation.edit", "/staff/kpis");
  const [t, rows] = await Promise.all([getTranslations("kpiStaff"), listKpisForStaff(fiscalYearOf(new Date()))]);
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} actions={<LinkButton href="/staff/kpis/import" variant="secondary">{t("importLink")}</LinkButton>} />
      <StaffKpiTable rows={rows} />
    </Container>
  );
}
