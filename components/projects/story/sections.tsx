import { PersonName } from "@/components/account/person-name";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { localised } from "@/lib/i18n/localised";
import type { ProjectStory } from "@/lib/projects/queries";
import { ReportForm } from "../report-form";
import { langOf } from "@/lib/i18n/text-lang";
import { colon } from "@/lib/i18n/punctuation";

/** Provenance: the ideas (and workshop sessions) the project grew from. */
export async function ProjectOrigin({ project }: { project: ProjectStory }) {
  const [t, locale] = await Promise.all([getTranslations("project"), getLocale()]);
  return (
    <Section id="origin" title={t("origin")}>
      {project.ideas.length === 0 ? (
        project.kind === "INITIATIVE" && project.area && project.area.workshopSeries.length > 0 ? (
          <ul className="flex list-disc flex-col gap-2 pl-6">
            {project.area.workshopSeries.map((series) => (
              <li key={series.slug}>
                {t("areaWorkshop")}{" "}
                <TextLink href={`/workshops/series/${series.slug}`}>{localised(locale, series.titleJa, series.titleEn)}</TextLink>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noOrigin")}</p>
        )
      ) : (
        <ul className="flex list-disc flex-col gap-2 pl-6">
          {project.ideas.map(({ idea }) => (
            <li key={idea.id}>
              <span lang={langOf(idea.title)} className="font-bold">{idea.title}</span>
              {idea.workshopSession && (
                <span className="block text-solid-gray-700">
                  {t("fromWorkshop", {
                    series: localised(locale, idea.workshopSession.series.titleJa, idea.workshopSession.series.titleEn),
                    number: idea.workshopSession.number,
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export async function ProjectTimeline({ changes }: { changes: ProjectStory["stageChanges"] }) {
  if (changes.length === 0) return null;
  const [t, tStage, format] = await Promise.all([getTranslations("project"), getTranslations("stage"), getFormatter()]);
  return (
    <Section id="timeline" title={t("timeline")}>
      <ol className="flex flex-col gap-4 border-l-2 border-solid-gray-420 pl-6">
        {changes.map((change) => (
          <li key={change.id} className="flex flex-col gap-1">
            <time dateTime={change.changedAt.toISOString()} className="text-dns-14N-130 text-solid-gray-700">
              {format.dateTime(change.changedAt, { dateStyle: "long" })}
            </time>
            <span className="font-bold">{tStage(change.toStage)}</span>
            {change.note && <p lang={langOf(change.note)} className="text-std-16N-170">{change.note}</p>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

export async function ProjectTeam({ members }: { members: ProjectStory["members"] }) {
  if (members.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("project"), getLocale()]);
  const roleLabel = { LEAD: t("lead"), MEMBER: t("member"), PARTNER: t("partner") } as const;
  return (
    <Section id="team" title={t("team")}>
      <ul className="flex flex-col gap-2">
        {members.map((member) => (
          <li key={member.id}>
            <span className="text-solid-gray-700">{roleLabel[member.role]}{colon(locale)}</span>
            {member.organisation ? (
              localised(locale, member.organisation.name, member.organisation.nameEn)
            ) : member.person?.kind === "named" ? (
              member.person.name
            ) : member.person?.kind === "former" ? (
              <PersonName person={member.person} />
            ) : (
              t("privateMember")
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export async function ProjectUpdates({
  updates,
  kpis,
  sourceNote,
  signedIn,
}: {
  updates: ProjectStory["updates"];
  kpis: ProjectStory["kpis"];
  sourceNote: { ja: string | null; en: string | null };
  signedIn: boolean;
}) {
  // A page shows only what a project has: no section waits empty for updates that may never come.
  if (updates.length === 0 && kpis.length === 0 && !sourceNote.ja) return null;
  const [t, locale, format] = await Promise.all([getTranslations("project"), getLocale(), getFormatter()]);
  return (
    <Section id="updates" title={updates.length > 0 ? t("updates") : t("aboutProject")}>
      {updates.length > 0 && (
        <ul className="flex flex-col gap-4">
          {updates.map((update) => (
            <li key={update.id} className="flex flex-col gap-1">
              <time dateTime={update.publishedAt.toISOString()} className="text-dns-14N-130 text-solid-gray-700">
                {format.dateTime(update.publishedAt, { dateStyle: "long" })}
              </time>
              <p lang={langOf(update.body)} className="whitespace-pre-line">{update.body}</p>
              {update.photos.map((photo) => (
                // Uploaded photos have no known size; next/image would need one, and they are already small.
                // eslint-disable-next-line @next/next/no-img-element
                <img key={photo.storageKey} src={`/uploads/${photo.storageKey}`} alt={photo.altText ?? ""} loading="lazy" className="max-h-96 w-auto rounded-8 border border-solid-gray-200" />
              ))}
              {signedIn && <ReportForm subjectType="PROJECT_UPDATE" subjectId={update.id} />}
            </li>
          ))}
        </ul>
      )}
      {kpis.length > 0 && (
        <>
          <h3 className="text-std-20B-150">{t("kpis")}</h3>
          <ul className="flex list-disc flex-col gap-1 pl-6">
            {kpis.map(({ kpi }) => (
              <li key={kpi.code}>
                <TextLink href={`/dashboard/kpis/${kpi.code}`}>{localised(locale, kpi.nameJa, kpi.nameEn)}</TextLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {sourceNote.ja && (
        <p className="text-dns-14N-130 text-solid-gray-700">
          {t("source")}{t("sourceSeparator")}{localised(locale, sourceNote.ja, sourceNote.en)}
        </p>
      )}
    </Section>
  );
}
