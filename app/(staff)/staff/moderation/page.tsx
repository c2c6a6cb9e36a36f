import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ModerateForm } from "@/components/projects/moderate-form";
import { RestoreForm } from "@/components/projects/restore-form";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { listHiddenPosts } from "@/lib/comments/hidden";
import { listOpenReports } from "@/lib/comments/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("comments");
  return { title: t("moderationTitle") };
}

export default async function ModerationPage() {
  await requirePageAccess("content.moderate", "/staff/moderation");
  const [t, tw, format, reports, hidden] = await Promise.all([getTranslations("comments"), getTranslations("workshops"), getFormatter(), listOpenReports(), listHiddenPosts()]);
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("moderationTitle")} lead={t("moderationLead")} />
      {reports.length === 0 ? (
        <p>{t("noReports")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {reports.map((report) => (
            <Card as="li" key={report.id}>
              <p className="text-dns-14N-130 text-solid-gray-700">
                {t(`subject.${report.subjectType}`)}・<time dateTime={report.createdAt.toISOString()}>{format.dateTime(report.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                {report.content?.project && (
                  <>
                    ・<TextLink href={`/zukan/${report.content.project.slug}`}>{report.content.project.titleJa}</TextLink>
                  </>
                )}
              </p>
              <blockquote aria-label={t("reportedContent")} className="whitespace-pre-line border-l-4 border-solid-gray-420 pl-4">
                {report.content?.body ?? t("gone")}
              </blockquote>
              <p>
                <span className="font-bold">{t("reason")}：</span>
                {report.reason}
              </p>
              <ModerateForm reportId={report.id} />
            </Card>
          ))}
        </ul>
      )}
      <section aria-labelledby="hidden-posts" className="flex flex-col gap-4">
        <h2 id="hidden-posts" className="text-std-24B-150">
          {t("hiddenTitle")}
        </h2>
        <p>{t("hiddenLead")}</p>
        {hidden.length === 0 ? (
          <p>{t("noHidden")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {hidden.map((post) => (
              <Card as="li" key={`${post.subjectType}:${post.subjectId}`}>
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {t(`subject.${post.subjectType}`)}
                  {post.project && (
                    <>
                      ・<TextLink href={`/zukan/${post.project.slug}`}>{post.project.titleJa}</TextLink>
                    </>
                  )}
                  {post.session && (
                    <>
                      ・<TextLink href={`/staff/workshops/sessions/${post.session.id}`}>{`${post.session.seriesTitleJa} ${tw("sessionLabel", { number: post.session.number })}`}</TextLink>
                    </>
                  )}
                </p>
                <blockquote className="whitespace-pre-line wrap-anywhere border-l-4 border-solid-gray-420 pl-4">{post.text}</blockquote>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-bold">{t("hiddenAt")}</dt>
                  <dd>
                    <time dateTime={post.hiddenAt.toISOString()}>{format.dateTime(post.hiddenAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </dd>
                  <dt className="font-bold">{t("hiddenBy")}</dt>
                  <dd>{post.hiddenBy?.name ?? t("unknownActor")}</dd>
                  <dt className="font-bold">{t("why")}</dt>
                  <dd className="whitespace-pre-line wrap-anywhere">{post.reasons.length > 0 ? post.reasons.join("\n") : t("noReason")}</dd>
                </dl>
                <RestoreForm subjectType={post.subjectType} subjectId={post.subjectId} label={t("restoreLabel", { text: post.text.slice(0, 40) })} />
              </Card>
            ))}
          </ul>
        )}
      </section>
    </Container>
  );
}
