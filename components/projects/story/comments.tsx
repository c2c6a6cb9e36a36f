import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PersonName } from "@/components/account/person-name";
import { TextLink } from "@/components/ui/text-link";
import type { listProjectComments } from "@/lib/comments/queries";
import { CommentForm } from "../comment-form";
import { ReportForm } from "../report-form";
import { langOf } from "@/lib/i18n/text-lang";
import { dot } from "@/lib/i18n/punctuation";

type Comments = Awaited<ReturnType<typeof listProjectComments>>;

export async function ProjectComments({ projectId, slug, comments, signedIn }: { projectId: string; slug: string; comments: Comments; signedIn: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("comments"), getFormatter(), getLocale()]);
  return (
    <section aria-labelledby="comments" className="flex max-w-180 flex-col gap-4">
      <h2 id="comments" className="text-std-24B-150">
        {t("title")}
      </h2>
      {comments.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-solid-gray-200">
          {comments.map((comment) => (
            <li key={comment.id} className="flex flex-col gap-1 py-3">
              <p className="text-dns-14N-130 text-solid-gray-700">
                <PersonName person={comment.author} />{dot(locale)}<time dateTime={comment.createdAt.toISOString()}>{format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </p>
              <p lang={langOf(comment.body)} className="whitespace-pre-line">{comment.body}</p>
              {signedIn && <ReportForm subjectType="COMMENT" subjectId={comment.id} />}
            </li>
          ))}
        </ul>
      )}
      {signedIn ? <CommentForm projectId={projectId} /> : <TextLink href={`/signin?callbackUrl=${encodeURIComponent(`/zukan/${slug}`)}`}>{t("signIn")}</TextLink>}
    </section>
  );
}
