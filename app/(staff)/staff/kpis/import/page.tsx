import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/kpis/import-form";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kpiImport");
  return { title: t("title") };
}

export default async function KpiImportPage() {
  await requirePageAccess("kpi.import", "/staff/kpis/import");
  const [t, staff] = await Promise.all([getTranslations("kpiImport"), getTranslations("kpiStaff")]);
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} actions={<LinkButton href="/staff/kpis" variant="secondary">{staff("backToList")}</LinkButton>} />
      <section aria-labelledby="columns-heading" className="flex max-w-180 flex-col gap-2">
        <h2 id="columns-heading" className="text-std-20B-150">{t("columnsTitle")}</h2>
        <p>{t("columns")}</p>
      </section>
      <ImportForm />
    </Container>
  );
}
