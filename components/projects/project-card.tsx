import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { goalName, SdgSwatch } from "@/components/workshops/sdg-swatch";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import { localised } from "@/lib/i18n/localised";
import type { ProjectCard as ProjectCardData } from "@/lib/projects/queries";
import { DemoBadge, StageBadge } from "./badges";
import { colon, joinList } from "@/lib/i18n/punctuation";

/** A catalogue card: what sets the project apart (photo, goals, place, stage, what it needs now). */
export async function ProjectCard({ project, goals }: { project: ProjectCardData; goals: ReadonlyMap<number, SdgGoalInfo> }) {
  const [t, tNeed, locale] = await Promise.all([getTranslations("zukan"), getTranslations("need"), getLocale()]);
  const place = [project.area && localised(locale, project.area.nameJa, project.area.nameEn), project.municipality && localised(locale, project.municipality.nameJa, project.municipality.nameEn)]
    .filter(Boolean)
    .join(" / ");
  const openNeeds = [...new Set(project.needs.map((need) => need.kind))];
  const projectGoals = [...new Set(project.sdgTags.map((tag) => tag.goalNumber))].sort((a, b) => a - b).flatMap((n) => goals.get(n) ?? []);
  const photo = project.updates[0]?.photos[0];
  return (
    <Card as="li" className="gap-2 overflow-hidden">
      {photo && (
        // eslint-disable-next-line @next/next/no-img-element -- uploads are re-encoded and served by our own route; next/image would resize them again
        <img src={`/uploads/${photo.storageKey}`} alt={photo.altText ?? ""} loading="lazy" className="-mx-6 -mt-6 mb-1 aspect-3/2 w-[calc(100%+3rem)] max-w-none object-cover" />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <StageBadge stage={project.stage} />
        {project.isDemo && <DemoBadge />}
      </div>
      <h3 className="text-std-20B-150">
        <Link href={`/zukan/${project.slug}`} className="text-blue-900 underline underline-offset-3 hover:decoration-3">
          {localised(locale, project.titleJa, project.titleEn)}
        </Link>
      </h3>
      {place && <p className="text-dns-16N-130 text-solid-gray-700">{place}</p>}
      {projectGoals.length > 0 && (
        <p className="flex flex-wrap items-center gap-1">
          <span className="sr-only">{t("goalsLabel", { goals: projectGoals.map((goal) => `${goal.number} ${goalName(goal, locale)}`).join("、") })}</span>
          {projectGoals.map((goal) => (
            <SdgSwatch key={goal.number} goal={goal} size="sm" />
          ))}
        </p>
      )}
      <p className="line-clamp-3 text-std-16N-170 text-solid-gray-800">{localised(locale, project.summaryJa, project.summaryEn)}</p>
      {openNeeds.length > 0 && (
        <p className="text-std-16N-170">
          <span className="font-bold">{t("openNeeds")}{colon(locale)}</span>
          {joinList(locale, openNeeds.map((kind) => tNeed(kind)))}
        </p>
      )}
      {project._count.reactions > 0 && <p className="mt-auto text-dns-14N-130 text-solid-gray-700">{t("cheers", { count: project._count.reactions })}</p>}
    </Card>
  );
}
