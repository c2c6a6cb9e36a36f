import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { goalName, SdgSwatch } from "@/components/workshops/sdg-swatch";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import type { PublicIdea } from "@/lib/ideas/public-queries";
import { localised } from "@/lib/i18n/localised";
import { DemoBadge } from "./badges";
import { langOf } from "@/lib/i18n/text-lang";
import { colon, joinList } from "@/lib/i18n/punctuation";

/**
 * A public idea: a resident's, with what became of it (the answer residents were promised), or
 * one a workshop produced. Either way it says where it came from, linked to the workshop's results.
 */
export async function IdeaCard({ idea, goals }: { idea: PublicIdea; goals: ReadonlyMap<number, SdgGoalInfo> }) {
  const [t, tStatus, tNeed, tWorkshops, locale] = await Promise.all([
    getTranslations("zukan"),
    getTranslations("ideas.status"),
    getTranslations("need"),
    getTranslations("workshops"),
    getLocale(),
  ]);
  const session = idea.workshopSession;
  // A series serves one or more areas; a resident's idea names its municipality, or else its area.
  const place = session
    ? joinList(locale, session.series.areas.map((area) => localised(locale, area.nameJa, area.nameEn)))
    : idea.municipality
      ? localised(locale, idea.municipality.nameJa, idea.municipality.nameEn)
      : idea.area && localised(locale, idea.area.nameJa, idea.area.nameEn);
  const ideaGoals = [...new Set(idea.sdgTags.map((tag) => tag.goalNumber))].flatMap((n) => goals.get(n) ?? []);
  return (
    <Card as="li" className="gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center rounded-full border border-solid-gray-536 px-2.5 py-0.5 text-dns-14B-130">
          {idea.status ? tStatus(idea.status) : t("workshopIdea")}
        </span>
        {idea.isDemo && <DemoBadge />}
      </div>
      <h3 lang={langOf(idea.title)} className="text-std-20B-150">{idea.title}</h3>
      {place && <p className="text-dns-16N-130 text-solid-gray-700">{place}</p>}
      {session && (
        <p className="text-std-16N-170">
          <TextLink href={session.state === "CLOSED" ? `/workshops/sessions/${session.id}` : `/workshops/series/${session.series.slug}`}>
            {t("workshopOrigin", {
              series: localised(locale, session.series.titleJa, session.series.titleEn),
              year: session.series.year,
              number: session.number,
              kind: tWorkshops(`kind.${session.kind}`),
            })}
          </TextLink>
        </p>
      )}
      {ideaGoals.length > 0 && (
        <p className="flex flex-wrap items-center gap-1">
          <span className="sr-only">{t("goalsLabel", { goals: joinList(locale, ideaGoals.map((goal) => `${goal.number} ${goalName(goal, locale)}`)) })}</span>
          {ideaGoals.map((goal) => (
            <SdgSwatch key={goal.number} goal={goal} size="sm" />
          ))}
        </p>
      )}
      <p lang={langOf(idea.description)} className="line-clamp-4 whitespace-pre-line text-std-16N-170">{idea.description}</p>
      {idea.needs.length > 0 && (
        <p>
          <span className="font-bold">{t("ideaNeeds")}{colon(locale)}</span>
          {joinList(locale, idea.needs.map((kind) => tNeed(kind)))}
        </p>
      )}
      {idea.projects.map((slug) => (
        <p key={slug}>
          {t("becameProject")} <Link href={`/zukan/${slug}`} className="text-blue-900 underline underline-offset-3">{slug}</Link>
        </p>
      ))}
      {idea.mergedInto && <p className="text-solid-gray-700">{t("mergedInto")}</p>}
      {idea.answer && (
        <div className="rounded-8 bg-solid-gray-50 p-3">
          <p className="font-bold">{t("answer")}</p>
          <p className="whitespace-pre-line">{idea.answer}</p>
        </div>
      )}
    </Card>
  );
}
