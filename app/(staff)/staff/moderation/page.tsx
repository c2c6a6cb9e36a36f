import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ModerateForm } from "@/components/projects/moderate-form";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { listOpenReports } from "@/lib/comments/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("comments");
  return { title: t("moderationTitle") };
}

export default async function ModerationPage() {
  await requirePageAccess("content.moderate", "/staff/moderation");
  const [t, format, reports] = await Promise.all([getTranslations("comments"), getFormatter(), listOpenReports()]);
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
    </Container>
  );
}
