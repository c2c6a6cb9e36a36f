import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { SeriesList } from "@/components/workshops/series-list";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { listSeries } from "@/lib/workshops/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops");
  return { title: t("title") };
}

/** Every series and session; finished sessions link to their public results. */
export default async function WorkshopsPage() {
  const [t, staff, series, user] = await Promise.all([getTranslations("workshops"), getTranslations("workshopStaff"), listSeries(), getCurrentUser()]);
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} actions={
          <>
            <LinkButton href="/w">{t("joinWithCode")}</LinkButton>
            {can(user, "workshop.console.view") && (
              <LinkButton href="/staff/workshops" variant="secondary">
                {staff("title")}
              </LinkButton>
            )}
          </>
        }
      />
      <SeriesList series={series} sessionHref={(session) => (session.state === "CLOSED" ? `/workshops/sessions/${session.id}` : null)} seriesHref={(s) => `/workshops/series/${s.slug}`} />
    </Container>
  );
}
