import { CocreationSection } from "@/components/home/cocreation-section";
import { HomeHero } from "@/components/home/home-hero";
import { JourneysSection } from "@/components/home/journeys-section";
import { ModelSection } from "@/components/home/model-section";
import { NetsugenSection } from "@/components/home/netsugen-section";
import { PlanSection } from "@/components/home/plan-section";
import { SourcesNote } from "@/components/home/sources-note";
import { WorkshopsSection } from "@/components/home/workshops-section";
import { getCurrentUser } from "@/lib/auth/session";

/** The home page: the four journeys first (a signed-in person's next step above them), then the programme. */
export default async function HomePage() {
  const user = await getCurrentUser();
  return (
    <>
      <HomeHero user={user} />
      <CocreationSection />
      <ModelSection />
      <WorkshopsSection />
      <NetsugenSection />
      <PlanSection />
      <JourneysSection />
      <SourcesNote />
    </>
  );
}
