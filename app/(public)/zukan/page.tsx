import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogueFilters } from "@/components/projects/catalogue-filters";
import { Pagination } from "@/components/projects/pagination";
import { ProjectCard } from "@/components/projects/project-card";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { parseCatalogueQuery } from "@/lib/projects/catalogue-schema";
import { listAreasWithMunicipalities, listCatalogueProjects } from "@/lib/projects/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("zukan");
  return { title: t("title"), description: t("lead") };
}

export default async function ZukanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseCatalogueQuery(await searchParams);
  const [t, areas, { projects, total, pageCount }] = await Promise.all([getTranslations("zukan"), listAreasWithMunicipalities(), listCatalogueProjects(query)]);
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
    return `/zukan?${params.toString()}`;
  };
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} actions={<LinkButton href="/ideas/new" variant="secondary">{t("submitIdea")}</LinkButton>} />
      <CatalogueFilters query={query} areas={areas} />
      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <h2 id="results-heading" className="text-std-24B-150" aria-live="polite">
          {t("results", { count: total })}
        </h2>
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 lg:grid-cols-3">
          {projects.map((project) => (
            <ProjectCard key={project.id} project={project} />
          ))}
        </ul>
        <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} />
      </section>
    </Container>
  );
}
