import { PersonName } from "@/components/account/person-name";
import { getFormatter, getTranslations } from "next-intl/server";
import { tableStyles } from "@/components/ui/table-styles";
import type { listOffersForProject, ProjectStory } from "@/lib/projects/queries";
import { nextProjectStages } from "@/lib/projects/rules";
import { AddNeedForm } from "../add-need-form";
import { DecideOfferForm } from "../decide-offer-form";
import { LinkKpiForm } from "../link-kpi-form";
import { PostUpdateForm } from "../post-update-form";
import { TeamForm } from "../team-form";
import { StageForm } from "../stage-form";
import { TableFrame } from "@/components/ui/table-frame";

type Offers = Awaited<ReturnType<typeof listOffersForProject>>;

/** For the project's lead and staff: answer offers, build the team and move the project on; staff also link KPIs (`kpis` is null for the lead). */
export async function ProjectManagePanel({ project, offers, kpis }: { project: ProjectStory; offers: Offers; kpis: { code: string; label: string }[] | null }) {
  const [t, tNeed, format] = await Promise.all([getTranslations("project"), getTranslations("need"), getFormatter()]);
  const needKind = new Map(project.needs.map((need) => [need.id, need.kind]));
  const nextStages = nextProjectStages(project.stage);
  return (
    <section aria-labelledby="manage" className="flex flex-col gap-6 rounded-12 border-2 border-blue-900 p-4 md:p-6">
      <h2 id="manage" className="text-std-24B-150">
        {t("manage")}
      </h2>
      <div className="flex flex-col gap-3">
        <h3 className="text-std-20B-150">{t("offers")}</h3>
        {offers.length === 0 ? (
          <p>{t("noOffers")}</p>
        ) : (
          <TableFrame label={t("offers")}>
            <table className={tableStyles.table}>
              <caption className="sr-only">{t("offers")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={tableStyles.th}>{t("needs")}</th>
                  <th scope="col" className={tableStyles.th}>{t("offerMessage")}</th>
                  <th scope="col" className={tableStyles.th}>{t("offerAmount")}</th>
                  <th scope="col" className={tableStyles.th}>{t("decided")}</th>
                </tr>
              </thead>
              <tbody>
                {offers.map((offer) => (
                  <tr key={offer.id}>
                    <td className={tableStyles.td}>{tNeed(needKind.get(offer.needId) ?? "PARTNERS")}</td>
                    <td className={tableStyles.td}>
                      <span className="font-bold">
                        <PersonName person={offer.from} />
                      </span>
                      <span className="block whitespace-pre-line">{offer.message}</span>
                    </td>
                    <td className={`${tableStyles.td} whitespace-nowrap tabular-nums`}>
                      {offer.amountJpy === null ? "—" : format.number(offer.amountJpy, { style: "currency", currency: "JPY" })}
                    </td>
                    <td className={tableStyles.td}>
                      {offer.status === "PENDING" ? <DecideOfferForm offerId={offer.id} /> : t(`offerStatus.${offer.status}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </div>
      <div className="flex max-w-180 flex-col gap-3">
        <h3 className="text-std-20B-150">{t("postUpdateTitle")}</h3>
        <PostUpdateForm projectId={project.id} />
      </div>
      <div className="flex max-w-180 flex-col gap-3">
        <h3 className="text-std-20B-150">{t("addNeed")}</h3>
        <AddNeedForm projectId={project.id} />
      </div>
      <div className="flex max-w-180 flex-col gap-3">
        <h3 className="text-std-20B-150">{t("addMember")}</h3>
        <TeamForm projectId={project.id} />
      </div>
      {kpis && (
        <div className="flex max-w-180 flex-col gap-3">
          <h3 className="text-std-20B-150">{t("linkKpi")}</h3>
          <LinkKpiForm projectId={project.id} kpis={kpis} />
        </div>
      )}
      {nextStages.length > 0 && (
        <div className="flex max-w-180 flex-col gap-3">
          <h3 className="text-std-20B-150">{t("changeStage")}</h3>
          <StageForm projectId={project.id} nextStages={nextStages} />
        </div>
      )}
    </section>
  );
}
