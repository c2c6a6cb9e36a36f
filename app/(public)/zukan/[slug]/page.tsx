import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DemoBadge, StageBadge } from "@/components/projects/badges";
import { CheerButton } from "@/components/projects/cheer-button";
import { FollowButton } from "@/components/projects/follow-button";
import { TextLink } from "@/components/ui/text-link";
import { ProjectComments } from "@/components/projects/story/comments";
import { ProjectManagePanel } from "@/components/projects/story/manage-panel";
import { ProjectNeeds } from "@/components/projects/story/needs";
import { ProjectOrigin, ProjectTeam, ProjectTimeline, ProjectUpdates } from "@/components/projects/story/sections";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { localised } from "@/lib/i18n/localised";
import { listProjectComments } from "@/lib/comments/queries";
import { getProjectStory, hasCheered, isFollowing, listKpiChoices, listOffersForProject, projectLeadId } from "@/lib/projects/queries";
import { dot } from "@/lib/i18n/punctuation";

interface ProjectPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ProjectPageProps): Promise<Metadata> {
  const [project, locale] = await Promise.all([getProjectStory((await params).slug), getLocale()]);
  return project ? { title: localised(locale, project.titleJa, project.titleEn) } : {};
}

export default async function ProjectPage({ params }: ProjectPageProps) {
  const project = await getProjectStory((await params).slug);
  if (!project) notFound();
  const [t, locale, user, leadId] = await Promise.all([getTranslations("project"), getLocale(), getCurrentUser(), projectLeadId(project.id)]);
  const manages = can(user, "project.manage", { ownerId: leadId });
  const [offers, cheered, following, comments, kpiChoices, tZukan] = await Promise.all([
    manages ? listOffersForProject(project.id) : [],
    user ? hasCheered(user.id, project.id) : false,
    user ? isFollowing(user.id, project.id) : false,
    listProjectComments(project.id),
    can(user, "project.create") ? listKpiChoices() : null,
    getTranslations("zukan"),
  ]);
  const place = [project.area && localised(locale, project.area.nameJa, project.area.nameEn), project.municipality && localised(locale, project.municipality.nameJa, project.municipality.nameEn)]
    .filter(Boolean)
    .join(" / ");
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader
        eyebrow={place || undefined}
        title={localised(locale, project.titleJa, project.titleEn)}
        lead={
          <div className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center gap-2">
              <StageBadge stage={project.stage} />
              {project.isDemo && <DemoBadge />}
            </div>
            <p>{localised(locale, project.summaryJa, project.summaryEn)}</p>
          </div>
        }
        actions={
          user ? (
            <>
              <CheerButton projectId={project.id} cheered={cheered} count={project._count.reactions} />
              <FollowButton projectId={project.id} following={following} />
            </>
          ) : (
            <p>
              {tZukan("cheers", { count: project._count.reactions })}{dot(locale)}
              <TextLink href={`/signin?callbackUrl=${encodeURIComponent(`/zukan/${project.slug}`)}`}>{tZukan("signInToCheer")}</TextLink>
            </p>
          )
        }
      />
      {project.isDemo && <Alert tone="warning" live="off">{t("demoNotice")}</Alert>}
      <ProjectNeeds needs={project.needs} signedIn={user !== null} slug={project.slug} />
      <div className="grid grid-cols-1 gap-10 lg:grid-cols-2">
        <ProjectOrigin project={project} />
        <ProjectTimeline changes={project.stageChanges} />
        <ProjectTeam members={project.members} />
        <ProjectUpdates updates={project.updates} kpis={project.kpis} sourceNote={{ ja: project.sourceNote, en: project.sourceNoteEn }} signedIn={user !== null} />
      </div>
      <ProjectComments projectId={project.id} slug={project.slug} comments={comments} signedIn={user !== null} />
      {manages && (
        <ProjectManagePanel
          project={project}
          offers={offers}
          kpis={kpiChoices && kpiChoices.map((kpi) => ({ code: kpi.code, label: localised(locale, kpi.nameJa, kpi.nameEn) }))}
        />
      )}
    </Container>
  );
}
