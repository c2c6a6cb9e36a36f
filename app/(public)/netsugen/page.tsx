import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TodayHours, WeekHours } from "@/components/netsugen/hours";
import { Occupancy, Plans, SpacesList, UpcomingEvents } from "@/components/netsugen/overview-sections";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getNetsugenOverview, listSpaces } from "@/lib/netsugen/queries";

// Hours, holidays and occupancy depend on the moment of the request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("netsugen.public");
  return { title: t("title") };
}

export default async function NetsugenPage() {
  const [t, overview, spaces] = await Promise.all([getTranslations("netsugen.public"), getNetsugenOverview(), listSpaces()]);
  if (!overview) return <Container className="py-12">{t("unavailable")}</Container>;
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} actions={<LinkButton href="/netsugen/bookings" variant="secondary">{t("myBookings")}</LinkButton>} />
      <div className="grid gap-6 md:grid-cols-2">
        <TodayHours day={overview.today} openNow={overview.openNow} />
        <Occupancy inUse={overview.occupancy.inUse} capacity={overview.occupancy.capacity} />
      </div>
      <WeekHours week={overview.week} />
      <Plans plans={overview.plans} />
      <SpacesList spaces={spaces} />
      <UpcomingEvents events={overview.events} />
    </Container>
  );
}
