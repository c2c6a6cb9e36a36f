import { getLocale, getTranslations } from "next-intl/server";
import { linkStyle } from "@/components/ui/styles";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { TransitionName } from "@/lib/kpis/mutations";
import type { StaffKpiDetail } from "@/lib/kpis/queries";
import { asUiLocale, formatNumber, pick } from "./locale-text";
import { TransitionButton } from "./transition-button";

type Observation = StaffKpiDetail["series"][number]["observations"][number];

const NEXT_STEPS: Record<Observation["state"], TransitionName[]> = {
  DRAFT: ["submit"],
  SUBMITTED: ["approve", "returnToDraft"],
  APPROVED: ["publish"],
  PUBLISHED: [],
};

/**
 * Four eyes: the submitter is never offered approve or return, which would only refuse them; they
 * may withdraw. Whoever entered the value may return it, but not approve it.
 */
const stepsFor = (o: Observation, userId: string): TransitionName[] => {
  if (o.state === "SUBMITTED" && o.submittedBy?.id === userId) return ["withdraw"];
  if (o.state === "SUBMITTED" && o.createdBy?.id === userId) return ["returnToDraft"];
  return NEXT_STEPS[o.state];
};

/** Every version of every value of one series, who handled it, and the step each one is waiting for. */
export async function StaffObservations({ series, unit, userId }: { series: StaffKpiDetail["series"][number]; unit: string; userId: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const ui = asUiLocale(locale);
  const label = pick(locale, series.labelJa, series.labelEn);
  return (
    <TableFrame label={t("kpiStaff.observations.caption", { series: label })}>
      <table className={tableStyles.table}>
        <caption className="mb-2 text-left text-std-17B-170">{t("kpiStaff.observations.caption", { series: label })}</caption>
        <thead>
          <tr>
            <th scope="col" className={tableStyles.th}>{t("kpiStaff.observations.fiscalYear")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpiStaff.observations.version")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpiStaff.observations.value")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpiStaff.observations.status")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpiStaff.observations.state")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpiStaff.observations.people")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpiStaff.observations.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {series.observations.length === 0 && (
            <tr>
              <td colSpan={7} className={tableStyles.td}>{t("kpiStaff.observations.empty")}</td>
            </tr>
          )}
          {series.observations.map((o) => {
            const year = fiscalYearLabel(o.fiscalYear, ui);
            const people = [
              o.createdBy && t("kpiStaff.observations.createdBy", { name: o.createdBy.name }),
              o.submittedBy && t("kpiStaff.observations.submittedBy", { name: o.submittedBy.name }),
              o.approvedBy && t("kpiStaff.observations.approvedBy", { name: o.approvedBy.name }),
              o.publishedBy && t("kpiStaff.observations.publishedBy", { name: o.publishedBy.name }),
            ].filter(Boolean);
            const ownSubmission = o.state === "SUBMITTED" && o.submittedBy?.id === userId;
            return (
              <tr key={o.id}>
                <th scope="row" className={`${tableStyles.td} text-left font-normal whitespace-nowrap`}>{year}</th>
                <td className={tableStyles.td}>{o.version}</td>
                <td className={`${tableStyles.td} whitespace-nowrap`}>
                  {formatNumber(locale, o.value)} {unit}
                  {o.isDemo && <span className="ml-2 rounded-4 border border-solid-gray-600 px-1 text-dns-14N-130">{t("kpiStaff.observations.demo")}</span>}
                </td>
                <td className={tableStyles.td}>
                  {t(`dashboard.status.${o.status}`)}
                  {o.evidenceUrl && (
                    <a href={o.evidenceUrl} className={`${linkStyle} block text-dns-14N-130`} rel="noopener noreferrer">
                      {t("kpiStaff.observations.evidenceLink")}
                    </a>
                  )}
                  {o.evidenceUploadId && (
                    <a href={`/evidence/${o.evidenceUploadId}`} className={`${linkStyle} block text-dns-14N-130`} download>
                      {t("kpiStaff.observations.evidenceFile")}
                    </a>
                  )}
                </td>
                <td className={tableStyles.td}>
                  {t(`kpiStaff.state.${o.state}`)}
                  {o.supersededAt && <> ({t("kpiStaff.observations.superseded")})</>}
                </td>
                <td className={`${tableStyles.td} text-dns-14N-130`}>
                  {people.map((p) => (
                    <span key={p} className="block">{p}</span>
                  ))}
                </td>
                <td className={tableStyles.td}>
                  {ownSubmission && <p className="mb-1 text-dns-14N-130">{t("kpiStaff.observations.ownSubmission")}</p>}
                  <div className="flex flex-wrap gap-2">
                    {stepsFor(o, userId).map((step) => (
                      <TransitionButton
                        key={step}
                        id={o.id}
                        transition={step}
                        label={t("kpiStaff.transition.label", { year, version: o.version, action: t(`kpiStaff.transition.${step}`) })}
                      />
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
