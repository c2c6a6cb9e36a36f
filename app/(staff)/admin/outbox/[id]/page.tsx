import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { authorise } from "@/lib/auth/session";
import { kindMessageKey } from "@/lib/mail/kinds";
import { getOutboxMessage } from "@/lib/mail/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The subject is shown only to someone who may read the mail: metadata renders before the page's own check.
  const [t, auth] = await Promise.all([getTranslations("outbox"), authorise("mail.outbox.view")]);
  const mail = auth.ok ? await getOutboxMessage((await params).id) : null;
  return { title: mail ? `${mail.subject} | ${t("title")}` : t("title") };
}

function headerEntries(value: unknown): [string, string][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

/**
 * One stored mail. Both parts are shown as text: the HTML part as its source, never rendered, so
 * nothing a person typed into a notice can run or load anything in an admin's browser.
 */
export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess("mail.outbox.view", `/admin/outbox/${encodeURIComponent(id)}`);
  const [t, tKinds, format, mail] = await Promise.all([getTranslations("outbox"), getTranslations("unsubscribe.kinds"), getFormatter(), getOutboxMessage(id)]);
  if (!mail) notFound();
  const headers: [string, string][] = [
    ["To", mail.toAddress],
    ["Subject", mail.subject],
    ["Message-ID", mail.messageId],
    ...headerEntries(mail.headers),
  ];
  const pre = "overflow-x-auto whitespace-pre-wrap break-all rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4 text-dns-14N-130";
  return (
    <Container className="flex flex-col gap-6 pb-16">
      <PageHeader title={mail.subject} />
      <TextLink href="/admin/outbox">{t("back")}</TextLink>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-bold">{t("state")}</dt>
        <dd>{t(`states.${mail.state}`)}</dd>
        <dt className="font-bold">{t("created")}</dt>
        <dd>
          <time dateTime={mail.createdAt.toISOString()}>{format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
        </dd>
        <dt className="font-bold">{t("attempts")}</dt>
        <dd>{mail.attempts}</dd>
        <dt className="font-bold">{t("kind")}</dt>
        <dd>{tKinds(kindMessageKey(mail.kind))}</dd>
        {mail.lastError && (
          <>
            <dt className="font-bold">{t("lastError")}</dt>
            <dd className="break-all">{mail.lastError}</dd>
          </>
        )}
      </dl>
      {mail.state === "UNCERTAIN" && (
        <Alert tone="warning" live="off">
          {t("uncertainHelp")}
        </Alert>
      )}
      <section aria-labelledby="headers-heading" className="flex flex-col gap-2">
        <h2 id="headers-heading" className="text-std-20B-150">
          {t("headers")}
        </h2>
        <pre className={pre}>{headers.map(([name, value]) => `${name}: ${value}`).join("\n")}</pre>
      </section>
      <section aria-labelledby="text-heading" className="flex flex-col gap-2">
        <h2 id="text-heading" className="text-std-20B-150">
          {t("textPart")}
        </h2>
        <pre className={pre} lang={mail.locale}>
          {mail.textBody}
        </pre>
      </section>
      <section aria-labelledby="html-heading" className="flex flex-col gap-2">
        <h2 id="html-heading" className="text-std-20B-150">
          {t("htmlPart")}
        </h2>
        <pre className={pre}>{mail.htmlBody}</pre>
      </section>
    </Container>
  );
}
