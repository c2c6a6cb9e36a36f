import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CatalogueFilters } from "@/components/projects/catalogue-filters";
import { IdeaCard } from "@/components/projects/idea-card";
import { Pagination } from "@/components/projects/pagination";
import { ProjectCard } from "@/components/projects/project-card";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { listPublicIdeas } from "@/lib/ideas/public-queries";
import { parseCatalogueQuery } from "@/lib/projects/catalogue-schema";
import { listAreasWithMunicipalities, listCatalogueProjects } from "@/lib/projects/queries";
import { listSdgGoals } from "@/lib/sdgs/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("zukan");
  return { title: t("title"), description: t("lead") };
}

export default async function ZukanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseCatalogueQuery(await searchParams);
  const [t, areas, goals, results] = await Promise.all([
    getTranslations("zukan"),
    listAreasWithMunicipalities(),
    listSdgGoals().then((rows) => new Map(rows.map((goal) => [goal.number, goal]))),
    query.show === "ideas" ? listPublicIdeas(query).then((r) => ({ ...r, kind: "ideas" as const })) : listCatalogueProjects(query).then((r) => ({ ...r, kind: "projects" as const })),
  ]);
  const viewHref = (show: string) => `/zukan?${new URLSearchParams({ show }).toString()}`;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
    return `/zukan?${params.toString()}`;
  };
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} actions={<LinkButton href="/ideas/new" variant="secondary">{t("submitIdea")}</LinkButton>} />
      <nav aria-label={t("views")} className="flex gap-2">
        {(["projects", "ideas"] as const).map((show) => (
          <Link
            key={show}
            href={viewHref(show)}
            aria-current={query.show === show ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded-6 border border-blue-900 px-4 text-blue-900 aria-[current=page]:bg-blue-900 aria-[current=page]:font-bold aria-[current=page]:text-white"
          >
            {show === "projects" ? t("viewProjects") : t("viewIdeas")}
          </Link>
        ))}
      </nav>
      <CatalogueFilters query={query} areas={areas} />
      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <h2 id="results-heading" className="text-std-24B-150" aria-live="polite">
          {results.kind === "ideas" ? t("ideaResults", { count: results.total }) : t("results", { count: results.total })}
        </h2>
        {results.kind === "ideas" && <p className="text-std-16N-170">{t("ideasLead")}</p>}
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 lg:grid-cols-3">
          {results.kind === "ideas"
            ? results.ideas.map((idea) => <IdeaCard key={`${idea.source}:${idea.id}`} idea={idea} goals={goals} />)
            : results.projects.map((project) => <ProjectCard key={project.id} project={project} goals={goals} />)}
        </ul>
        <Pagination page={query.page} pageCount={results.pageCount} hrefFor={hrefFor} />
      </section>
    </Container>
  );
}
