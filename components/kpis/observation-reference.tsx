import { getLocale, getTranslations } from "next-intl/server";
import type { StaffKpiDetail } from "@/lib/kpis/queries";
import { seriesDecimals } from "@/lib/kpis/presentation";
import { MilestoneText, YearNote } from "./kpi-table";
import { formatQuantity, pick } from "./locale-text";

type Series = StaffKpiDetail["series"][number];

/**
 * What a value is entered against, beside the entry form: each series' baseline, its targets and
 * the value the public sees now, each with its year and unit, at the precision the plan publishes
 * the series with. A number three digits off (円 for 億円) shows at a glance.
 */
export async function ObservationReference({ series, unit, headingId }: { series: readonly Series[]; unit: string; headingId: string }) {
  const [t, locale] = await Promise.all([getTranslations("kpiStaff.form.reference"), getLocale()]);
  const term = "text-dns-14B-120 text-solid-gray-800";
  const detail = "text-std-16N-170 tabular-nums";
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className="text-std-17B-170">{t("title")}</h3>
        <p className="text-dns-14N-130">{t("lead")}</p>
      </div>
      {series.map((s) => {
        const decimals = seriesDecimals(s);
        const quantity = (value: number) => <span className="whitespace-nowrap">{formatQuantity(locale, value, decimals, unit)}</span>;
        return (
          <div key={s.id} className="flex flex-col gap-2">
            {series.length > 1 && <h4 className="text-std-16B-170">{pick(locale, s.labelJa, s.labelEn)}</h4>}
            <dl className="flex flex-col gap-2">
              <div>
                <dt className={term}>{t("baseline")}</dt>
                <dd className={detail}>
                  {s.baseline ? (
                    <>
                      {quantity(s.baseline.value)}
                      <YearNote locale={locale} fiscalYear={s.baseline.fiscalYear} />
                    </>
                  ) : (
                    t("noBaseline")
                  )}
                </dd>
              </div>
              <div>
                <dt className={term}>{t("targets")}</dt>
                <dd className={detail}>
                  {s.milestones.length === 0 ? (
                    t("noTargets")
                  ) : (
                    <ul className="flex flex-col">
                      {s.milestones.map((m) => (
                        <li key={m.fiscalYear}>
                          <MilestoneText locale={locale} value={m.value} comparator={m.comparator} fiscalYear={m.fiscalYear} unit={unit} decimals={decimals} />
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div>
                <dt className={term}>{t("latest")}</dt>
                <dd className={detail}>
                  {s.latestPublished ? (
                    <>
                      {quantity(s.latestPublished.value)}
                      <YearNote locale={locale} fiscalYear={s.latestPublished.fiscalYear} />
                      {s.latestPublished.isDemo && <span className="ml-2 rounded-4 border border-solid-gray-600 px-1 text-dns-14N-130">{t("demo")}</span>}
                    </>
                  ) : (
                    t("noValue")
                  )}
                </dd>
              </div>
            </dl>
          </div>
        );
      })}
    </section>
  );
}
