import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StageBadge } from "@/components/projects/badges";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ParticipationTable } from "@/components/workshops/participation-table";
import { PrintButton } from "@/components/workshops/print-button";
import { localised } from "@/lib/i18n/localised";
import { formatSessionDate } from "@/lib/workshops/format";
import { findSeriesResults } from "@/lib/workshops/queries";
import { sessionPhase } from "@/lib/workshops/rules/schedule";
import { paren } from "@/lib/i18n/punctuation";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [series, t, locale] = await Promise.all([params.then(({ slug }) => findSeriesResults(slug)), getTranslations("workshops.results"), getLocale()]);
  if (!series) return { title: t("seriesTitle") };
  return { title: t("seriesPageTitle", { series: `${locale === "en" ? series.titleEn : series.titleJa} (${series.year})` }) };
}

/** A series' results: each session's counts, who took part across the three sessions, and the projects it led to. */
export default async function SeriesResultsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const series = await findSeriesResults(slug);
  if (!series) notFound();
  const [t, locale] = await Promise.all([getTranslations("workshops"), getLocale()]);
  const now = new Date();
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader eyebrow={t("results.seriesTitle")} title={`${locale === "en" ? series.titleEn : series.titleJa} (${series.year})`} actions={<PrintButton />} />
      {series.isDemo && <Alert tone="info" live="off">{t("demoNotice")}</Alert>}
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-std-24B-150">{t("results.sessions")}</h2>
        <ol className="flex flex-col gap-3">
          {series.sessions.map((s) => {
            const label = `${t("sessionLabel", { number: s.number })} ${t(`kind.${s.kind}`)}`;
            return (
              <li key={s.id} className="flex flex-col gap-1 rounded-8 border border-solid-gray-420 p-4">
                {s.state === "CLOSED" ? (
                  <Link href={`/workshops/sessions/${s.id}`} className="inline-flex min-h-11 items-center text-std-20B-150 text-blue-1000 underline">{label}</Link>
                ) : (
                  <p className="text-std-20B-150">{label}{paren(locale, t(`phase.${sessionPhase(s, now)}`))}</p>
                )}
                <p className="text-std-16N-170">{formatSessionDate(s.startsAt, locale)} · {locale === "en" ? (s.venueEn ?? s.venueJa) : s.venueJa}</p>
                <p className="text-std-16N-170">{t("results.counts", { participants: s._count.participants, cards: s._count.issueCards, ideas: s._count.ideas })}</p>
              </li>
            );
          })}
        </ol>
      </section>
      {series.projects.length > 0 && (
        <section aria-labelledby="projects-heading" className="flex flex-col gap-3">
          <h2 id="projects-heading" className="text-std-24B-150">{t("results.projects")}</h2>
          <ul className="flex flex-col gap-2">
            {series.projects.map((project) => (
              <li key={project.slug} className="flex flex-wrap items-center gap-2">
                <TextLink href={`/zukan/${project.slug}`}>{localised(locale, project.titleJa, project.titleEn)}</TextLink>
                <StageBadge stage={project.stage} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <ParticipationTable rows={series.participation} />
      <TextLink href="/workshops" className="print:hidden">{t("results.back")}</TextLink>
    </Container>
  );
}
