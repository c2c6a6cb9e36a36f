import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { listMyIdeas } from "@/lib/ideas/queries";
import { langOf } from "@/lib/i18n/text-lang";
import { colon } from "@/lib/i18n/punctuation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ideas");
  return { title: t("mineTitle") };
}

export default async function MyIdeasPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageAccess("idea.submit", "/ideas/mine");
  const [t, tZukan, format, ideas, params, locale] = await Promise.all([getTranslations("ideas"), getTranslations("zukan"), getFormatter(), listMyIdeas(user.id), searchParams, getLocale()]);
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("mineTitle")} actions={<LinkButton href="/ideas/new" variant="secondary">{tZukan("submitIdea")}</LinkButton>} />
      {typeof params.submitted === "string" && <Alert tone="success">{t("submitted")}</Alert>}
      {ideas.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {ideas.map((idea) => (
            <Card as="li" key={idea.id}>
              <p className="text-dns-14B-130 text-solid-gray-700">{t(`status.${idea.status}`)}</p>
              <h2 lang={langOf(idea.title)} className="text-std-20B-150">{idea.title}</h2>
              <p className="text-dns-14N-130 text-solid-gray-700">
                {t("submittedAt")}{colon(locale)}<time dateTime={idea.createdAt.toISOString()}>{format.dateTime(idea.createdAt, { dateStyle: "long" })}</time>
              </p>
              {idea.answer && (
                <div className="rounded-8 bg-solid-gray-50 p-4">
                  <p className="font-bold">{t("answer")}</p>
                  <p className="whitespace-pre-line">{idea.answer}</p>
                </div>
              )}
            </Card>
          ))}
        </ul>
      )}
    </Container>
  );
}
