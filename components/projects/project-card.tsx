import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { localised } from "@/lib/i18n/localised";
import type { ProjectCard as ProjectCardData } from "@/lib/projects/queries";
import { DemoBadge, StageBadge } from "./badges";
import { colon, joinList } from "@/lib/i18n/punctuation";

export async function ProjectCard({ project }: { project: ProjectCardData }) {
  const [t, tNeed, locale] = await Promise.all([getTranslations("zukan"), getTranslations("need"), getLocale()]);
  const place = [project.area && localised(locale, project.area.nameJa, project.area.nameEn), project.municipality && localised(locale, project.municipality.nameJa, project.municipality.nameEn)]
    .filter(Boolean)
    .join(" / ");
  const openNeeds = [...new Set(project.needs.map((need) => need.kind))];
  return (
    <Card as="li" className="gap-2">
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
      <p className="line-clamp-3 text-std-16N-170 text-solid-gray-800">{localised(locale, project.summaryJa, project.summaryEn)}</p>
      {openNeeds.length > 0 && (
        <p className="text-std-16N-170">
          <span className="font-bold">{t("openNeeds")}{colon(locale)}</span>
          {joinList(locale, openNeeds.map((kind) => tNeed(kind)))}
        </p>
      )}
      <p className="mt-auto text-dns-14N-130 text-solid-gray-700">{t("cheers", { count: project._count.reactions })}</p>
    </Card>
  );
}
