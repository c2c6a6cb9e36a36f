import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { pick, asUiLocale } from "@/components/kpis/locale-text";
import { DerivedForm } from "@/components/kpis/derived-form";
import { ObservationForm } from "@/components/kpis/observation-form";
import { ObservationReference } from "@/components/kpis/observation-reference";
import { StaffHistory } from "@/components/kpis/staff-history";
import { StaffObservations } from "@/components/kpis/staff-observations";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { fiscalYearLabel, fiscalYearOf } from "@/lib/dates/fiscal-year";
import { getKpiForStaff } from "@/lib/kpis/queries";
import { FIRST_RECORDABLE_FISCAL_YEAR } from "@/lib/kpis/choices";

interface Props {
  params: Promise<{ code: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const [t, locale, kpi] = await Promise.all([getTranslations("kpiStaff"), getLocale(), getKpiForStaff(code)]);
  return { title: `${kpi ? pick(locale, kpi.nameJa, kpi.nameEn) : code} | ${t("title")}` };
}

export default async function StaffKpiPage({ params }: Props) {
  const { code } = await params;
  const user = await requirePageAccess("kpi.observation.edit", `/staff/kpis/${encodeURIComponent(code)}`);
  const [t, locale, kpi] = await Promise.all([getTranslations("kpiStaff"), getLocale(), getKpiForStaff(code)]);
  if (!kpi) notFound();
  const ui = asUiLocale(locale);
  const unit = pick(locale, kpi.unit ?? "", kpi.unitEn);
  const current = fiscalYearOf(new Date());
  const years = Array.from({ length: current - FIRST_RECORDABLE_FISCAL_YEAR + 1 }, (_, i) => current - i);
  const fiscalYearOptions = years.map((fy) => ({ value: String(fy), label: fiscalYearLabel(fy, ui, { era: ui === "ja" }) }));
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader
        eyebrow={pick(locale, kpi.ownerDepartmentJa ?? "", kpi.ownerDepartmentEn) || undefined}
        title={pick(locale, kpi.nameJa, kpi.nameEn)}
        actions={
          <>
            <LinkButton href="/staff/kpis" variant="secondary">{t("backToList")}</LinkButton>
            <LinkButton href={`/dashboard/kpis/${kpi.code}`} variant="tertiary">{t("publicPage")}</LinkButton>
          </>
        }
      />
      <section aria-labelledby="record-heading" className="flex flex-col gap-4">
        <h2 id="record-heading" className="text-std-24B-150">{t("form.title")}</h2>
        {/* The reference comes first: above the form on a phone, beside it (on the right) from md up. */}
        <div className="grid gap-6 md:grid-cols-[minmax(0,45rem)_minmax(16rem,22rem)] md:items-start">
          <div className="md:sticky md:top-4 md:col-start-2 md:row-start-1">
            <ObservationReference series={kpi.series} unit={unit} headingId="reference-heading" />
          </div>
          <div className="md:col-start-1 md:row-start-1">
            <ObservationForm
              kpiCode={kpi.code}
              unit={unit}
              series={kpi.series.map((s) => ({ value: String(s.id), label: pick(locale, s.labelJa, s.labelEn) }))}
              fiscalYears={fiscalYearOptions}
              defaultFiscalYear={String(current - 1)}
            />
          </div>
        </div>
      </section>
      {kpi.derivation && (
        <section aria-labelledby="derived-heading" className="flex max-w-180 flex-col gap-4">
          <h2 id="derived-heading" className="text-std-24B-150">{t("derived.title")}</h2>
          <p>{t("derived.body")}</p>
          <DerivedForm kpiCode={kpi.code} fiscalYears={fiscalYearOptions} defaultFiscalYear={String(current - 1)} />
        </section>
      )}
      {kpi.series.map((s) => (
        <StaffObservations key={s.id} series={s} unit={unit} userId={user.id} />
      ))}
      <StaffHistory history={kpi.history} />
    </Container>
  );
}
