import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { SeriesList } from "@/components/workshops/series-list";
import { CreateSeriesForm } from "@/components/workshops/staff/create-series-form";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { inTokyo } from "@/lib/dates/tokyo";
import { areaChoices, facilitatorChoices, listSeries } from "@/lib/workshops/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshopStaff");
  return { title: t("title") };
}

/** Staff see every series and create new ones; a facilitator sees the sessions assigned to them. */
export default async function StaffWorkshopsPage() {
  const user = await requirePageAccess("workshop.console.view", "/staff/workshops");
  const manage = can(user, "workshop.manage");
  const all = await listSeries();
  const [t, locale] = await Promise.all([getTranslations("workshopStaff"), getLocale()]);
  const [areas, facilitators] = manage ? await Promise.all([areaChoices(), facilitatorChoices()]) : [[], []];
  const mayRun = (facilitatorIds: { id: string }[]) => can(user, "workshop.facilitate", { facilitatorIds: facilitatorIds.map((f) => f.id) });
  const series = all.filter((s) => s.sessions.some((session) => mayRun(session.facilitators)));
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      {manage && (
        <section aria-labelledby="create-series-heading" className="flex max-w-180 flex-col gap-4">
          <h2 id="create-series-heading" className="text-std-24B-150">{t("createTitle")}</h2>
          <CreateSeriesForm areas={areas.map((a) => ({ value: String(a.id), label: locale === "en" ? a.nameEn : a.nameJa }))} facilitators={facilitators} defaultYear={inTokyo(new Date()).getFullYear()} />
        </section>
      )}
      <section aria-labelledby="series-heading" className="flex flex-col gap-4">
        <h2 id="series-heading" className="text-std-24B-150">{t("seriesList")}</h2>
        <SeriesList series={series} sessionHref={(session) => (mayRun(session.facilitators) ? `/staff/workshops/sessions/${session.id}` : null)} />
      </section>
    </Container>
  );
}
