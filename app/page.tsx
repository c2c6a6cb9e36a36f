import { CocreationSection } from "@/components/home/cocreation-section";
import { HomeHero } from "@/components/home/home-hero";
import { JourneysSection } from "@/components/home/journeys-section";
import { ModelSection } from "@/components/home/model-section";
import { NetsugenSection } from "@/components/home/netsugen-section";
import { PlanSection } from "@/components/home/plan-section";
import { SourcesNote } from "@/components/home/sources-note";
import { WorkshopsSection } from "@/components/home/workshops-section";

/** The home page: the programme, from the prefecture's documents, then the four journeys. */
export default function HomePage() {
  return (
    <>
      <HomeHero />
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
