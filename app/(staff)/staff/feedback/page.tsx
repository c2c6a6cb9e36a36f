import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FeedbackHandledForm } from "@/components/accessibility/handled-form";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { listAccessibilityFeedback } from "@/lib/accessibility/feedback";
import { requirePageAccess } from "@/lib/auth/guard";
import { langOf } from "@/lib/i18n/text-lang";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedbackStaff");
  return { title: t("title") };
}

/** Accessibility feedback, newest first, each with its "handled" toggle. */
export default async function FeedbackPage() {
  await requirePageAccess("accessibility.feedback.manage", "/staff/feedback");
  const [t, format, feedback] = await Promise.all([getTranslations("feedbackStaff"), getFormatter(), listAccessibilityFeedback()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" });
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      {feedback.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {feedback.map((f) => (
            <Card as="li" key={f.id} className="gap-3">
              <p className="text-dns-14N-130 text-solid-gray-700">
                <time dateTime={f.createdAt.toISOString()}>{when(f.createdAt)}</time>
                {" · "}
                <span className="font-bold">{f.handledAt ? t("handled", { date: when(f.handledAt) }) : t("open")}</span>
              </p>
              <p lang={langOf(f.description)} className="whitespace-pre-line wrap-anywhere">{f.description}</p>
              <dl className="flex flex-col gap-1 text-std-16N-170">
                {([
                  [t("page"), f.pageUrl],
                  [t("assistiveTech"), f.assistiveTech],
                  [t("contact"), f.contactEmail],
                ] as const).map(([term, value]) => (
                  <div key={term} className="flex flex-col sm:flex-row sm:gap-3">
                    <dt className="min-w-40 font-bold">{term}</dt>
                    <dd lang={langOf(value)} className="wrap-anywhere">{value ?? t("none")}</dd>
                  </div>
                ))}
              </dl>
              <FeedbackHandledForm feedbackId={f.id} handled={f.handledAt !== null} />
            </Card>
          ))}
        </ul>
      )}
    </Container>
  );
}
