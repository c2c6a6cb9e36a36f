import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateProjectForm } from "@/components/ideas/create-project-form";
import { PublishAnswerForm } from "@/components/ideas/publish-answer-form";
import { ReviewIdeaForm } from "@/components/ideas/review-idea-form";
import { SplitIdeaForm } from "@/components/ideas/split-idea-form";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { listReviewQueue } from "@/lib/ideas/queries";
import { nextIdeaStatuses } from "@/lib/ideas/rules";
import { PersonName } from "@/components/account/person-name";
import { knownName } from "@/lib/users/public-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("title") };
}

export default async function IdeaReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageAccess("idea.review", "/staff/ideas");
  const { decided, answered } = await searchParams;
  const [t, tRegister, tStatus, tNeed, format, { open, openTotal, accepted, unpublishedAnswers }] = await Promise.all([
    getTranslations("review"),
    getTranslations("register"),
    getTranslations("ideas.status"),
    getTranslations("need"),
    getFormatter(),
    listReviewQueue(),
  ]);
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} actions={<LinkButton href="/staff/projects/new" variant="secondary">{tRegister("link")}</LinkButton>} />
      {typeof decided === "string" && <Alert tone="success">{t("saved")}</Alert>}
      {typeof answered === "string" && <Alert tone="success">{t("answerPublished")}</Alert>}
      <section aria-labelledby="queue" className="flex flex-col gap-4">
        <h2 id="queue" className="text-std-24B-150">
          {t("queue")}（{format.number(openTotal)}）
        </h2>
        {open.length === 0 && <p>{t("empty")}</p>}
        {openTotal > open.length && <p>{t("oldestShown", { count: open.length })}</p>}
        <ul className="flex flex-col gap-6">
          {open.map((idea) => (
            <Card as="li" key={idea.id} className="gap-4 lg:flex-row">
              <article className="flex flex-1 flex-col gap-2">
                <p className="text-dns-14B-130 text-solid-gray-700">{tStatus(idea.status)}</p>
                <h3 className="text-std-20B-150">{idea.title}</h3>
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {t("author")}：{idea.author ? <PersonName person={knownName(idea.author)} /> : idea.workshopAuthors.join("、")}
                  {idea.municipality && `・${idea.municipality.nameJa}`}・
                  <time dateTime={idea.createdAt.toISOString()}>{format.dateTime(idea.createdAt, { dateStyle: "medium" })}</time>
                </p>
                <p className="whitespace-pre-line">{idea.description}</p>
                {idea.needs.length > 0 && <p>{idea.needs.map((kind) => tNeed(kind)).join("、")}</p>}
              </article>
              <div className="lg:w-96">
                <ReviewIdeaForm
                  ideaId={idea.id}
                  choices={nextIdeaStatuses(idea.status)}
                  mergeTargets={[...open, ...accepted].filter((other) => other.id !== idea.id).map((other) => ({ id: other.id, title: other.title }))}
                />
                <SplitIdeaForm ideaId={idea.id} />
              </div>
            </Card>
          ))}
        </ul>
      </section>
      <section aria-labelledby="answers" className="flex flex-col gap-4">
        <h2 id="answers" className="text-std-24B-150">
          {t("answers")}
        </h2>
        <p>{t("answersLead")}</p>
        {unpublishedAnswers.length === 0 && <p>{t("noAnswers")}</p>}
        <ul className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          {unpublishedAnswers.map((idea) => (
            <Card as="li" key={idea.id}>
              <p className="text-dns-14B-130 text-solid-gray-700">{tStatus(idea.status)}</p>
              <h3 className="text-std-20B-150">{idea.title}</h3>
              <p className="whitespace-pre-line">{idea.answer}</p>
              <PublishAnswerForm ideaId={idea.id} />
            </Card>
          ))}
        </ul>
      </section>
      <section aria-labelledby="accepted" className="flex flex-col gap-4">
        <h2 id="accepted" className="text-std-24B-150">
          {t("accepted")}
        </h2>
        {accepted.length === 0 && <p>{t("noAccepted")}</p>}
        <ul className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          {accepted.map((idea) => (
            <Card as="li" key={idea.id}>
              <h3 className="text-std-20B-150">{t("createProject")}：{idea.title}</h3>
              <CreateProjectForm idea={idea} />
            </Card>
          ))}
        </ul>
      </section>
    </Container>
  );
}
