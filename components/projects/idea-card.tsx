import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { listPublicIdeas } from "@/lib/ideas/public-queries";
import { DemoBadge } from "./badges";
import { langOf } from "@/lib/i18n/text-lang";
import { colon, joinList } from "@/lib/i18n/punctuation";

type PublicIdea = Awaited<ReturnType<typeof listPublicIdeas>>["ideas"][number];

/** A published idea and what became of it: the answer residents were promised. */
export async function IdeaCard({ idea }: { idea: PublicIdea }) {
  const [t, tStatus, tNeed, locale] = await Promise.all([getTranslations("zukan"), getTranslations("ideas.status"), getTranslations("need"), getLocale()]);
  return (
    <Card as="li" className="gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center rounded-full border border-solid-gray-536 px-2.5 py-0.5 text-dns-14B-130">{tStatus(idea.status)}</span>
        {idea.isDemo && <DemoBadge />}
      </div>
      <h3 lang={langOf(idea.title)} className="text-std-20B-150">{idea.title}</h3>
      {idea.municipality && <p className="text-dns-16N-130 text-solid-gray-700">{idea.municipality.nameJa}</p>}
      <p className="line-clamp-4 whitespace-pre-line text-std-16N-170">{idea.description}</p>
      {idea.needs.length > 0 && (
        <p>
          <span className="font-bold">{t("openNeeds")}{colon(locale)}</span>
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
