import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AnalyticsBarChart } from "@/components/projects/analytics-charts";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { tableStyles } from "@/components/ui/table-styles";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { localised } from "@/lib/i18n/localised";
import { loadCocreationAnalytics } from "@/lib/projects/analytics";
import { PROJECT_STAGES } from "@/lib/projects/rules";
import { AFFILIATIONS } from "@/lib/workshops/choices";
import { TableFrame } from "@/components/ui/table-frame";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("analytics");
  return { title: t("title") };
}

export default async function AnalyticsPage() {
  await requirePageAccess("staff.console.view", "/staff/analytics");
  const [t, tStage, tNeed, locale, data] = await Promise.all([getTranslations("analytics"), getTranslations("stage"), getTranslations("need"), getLocale(), loadCocreationAnalytics()]);
  const steps = (["submitted", "accepted", "inProject", "running"] as const).map((step) => ({ step: t(`steps.${step}`), count: data.funnel[step] }));
  const stages = PROJECT_STAGES.filter((stage) => data.medianDays[stage] !== undefined).map((stage) => ({ stage: tStage(stage), days: data.medianDays[stage] ?? 0 }));
  const years = data.participationByYear.map((row) => ({ ...row, year: String(row.year) })) as Record<string, string | number>[];
  return (
    <Container className="flex flex-col gap-12 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section id="funnel" title={t("funnel")}>
        <AnalyticsBarChart data={steps} categoryKey="step" series={[{ key: "count", label: t("count") }]} />
        <TableFrame label={t("funnelCaption")}>
          <table className={tableStyles.table}>
            <caption className="sr-only">{t("funnelCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={tableStyles.th}>{t("step")}</th>
                <th scope="col" className={`${tableStyles.th} text-right`}>{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((row) => (
                <tr key={row.step}>
                  <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{row.step}</th>
                  <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </Section>

      <Section id="median-days" title={t("medianDays")}>
        {stages.length === 0 ? (
          <p>{t("noData")}</p>
        ) : (
          <>
            <AnalyticsBarChart data={stages} categoryKey="stage" series={[{ key: "days", label: t("days") }]} />
            <TableFrame label={t("medianCaption")}>
              <table className={tableStyles.table}>
                <caption className="sr-only">{t("medianCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={tableStyles.th}>{t("step")}</th>
                    <th scope="col" className={`${tableStyles.th} text-right`}>{t("days")}</th>
                  </tr>
                </thead>
                <tbody>
                  {stages.map((row) => (
                    <tr key={row.stage}>
                      <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{row.stage}</th>
                      <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{row.days}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          </>
        )}
      </Section>

      <Section id="participation" title={t("participation")}>
        {years.length === 0 ? (
          <p>{t("noData")}</p>
        ) : (
          <>
            <AnalyticsBarChart data={years} categoryKey="year" stacked series={AFFILIATIONS.map((a) => ({ key: a, label: t(`affiliation.${a}`) }))} />
            <TableFrame label={t("participationCaption")}>
              <table className={tableStyles.table}>
                <caption className="sr-only">{t("participationCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={tableStyles.th}>{t("year")}</th>
                    {AFFILIATIONS.map((a) => (
                      <th key={a} scope="col" className={`${tableStyles.th} text-right`}>{t(`affiliation.${a}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.participationByYear.map((row) => (
                    <tr key={row.year}>
                      <th scope="row" className={`${tableStyles.td} text-left`}>{row.year}</th>
                      {AFFILIATIONS.map((a) => (
                        <td key={a} className={`${tableStyles.td} ${tableStyles.num} text-right`}>{(row as Record<string, number>)[a] ?? 0}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <h3 className="text-std-20B-150">{t("byArea")}</h3>
            <TableFrame label={t("byArea")}>
              <table className={`${tableStyles.table} max-w-xl`}>
                <caption className="sr-only">{t("byArea")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={tableStyles.th}>{t("area")}</th>
                    <th scope="col" className={`${tableStyles.th} text-right`}>{t("count")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.participationByArea.map((row) => (
                    <tr key={row.code}>
                      <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{localised(locale, row.nameJa, row.nameEn)}</th>
                      <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          </>
        )}
      </Section>

      <Section id="open-needs" title={t("openNeeds")}>
        {data.openNeeds.length === 0 ? (
          <p>{t("noData")}</p>
        ) : (
          <TableFrame label={t("openNeeds")}>
            <table className={tableStyles.table}>
              <caption className="sr-only">{t("openNeeds")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={tableStyles.th}>{t("need")}</th>
                  <th scope="col" className={tableStyles.th}>{t("project")}</th>
                  <th scope="col" className={`${tableStyles.th} text-right`}>{t("daysOpen")}</th>
                </tr>
              </thead>
              <tbody>
                {data.openNeeds.map((need) => (
                  <tr key={need.id}>
                    <td className={tableStyles.td}>
                      {tNeed(need.kind)}：{need.titleJa}
                    </td>
                    <td className={tableStyles.td}>
                      <TextLink href={`/zukan/${need.project.slug}`}>{localised(locale, need.project.titleJa, need.project.titleEn)}</TextLink>
                    </td>
                    <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{need.daysOpen}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </Section>
    </Container>
  );
}
