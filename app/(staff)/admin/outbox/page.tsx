import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { kindMessageKey } from "@/lib/mail/kinds";
import { countOutboxByState, isMailState, listFailedJobs, listOutbox, MAIL_STATES } from "@/lib/mail/queries";
import { mailTransportKind } from "@/lib/mail/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ state?: string | string[] }> }) {
  await requirePageAccess("mail.outbox.view", "/admin/outbox");
  const { state: requested } = await searchParams;
  const state = isMailState(requested) ? requested : null;
  const [t, tKinds, format, messages, counts, failedJobs] = await Promise.all([
    getTranslations("outbox"),
    getTranslations("unsubscribe.kinds"),
    getFormatter(),
    listOutbox(state),
    countOutboxByState(),
    listFailedJobs(),
  ]);
  const countOf = (s: string) => counts.find((c) => c.state === s)?._count._all ?? 0;
  const transport = mailTransportKind() === "smtp" ? t("transportSmtp") : t("transportOutbox");
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader title={t("title")} lead={t("intro")} />
      <p>{t("transport", { transport })}</p>

      <nav aria-label={t("filter")}>
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          <li>
            <TextLink href="/admin/outbox" aria-current={state === null ? "page" : undefined}>
              {t("all")}
            </TextLink>
          </li>
          {MAIL_STATES.map((s) => (
            <li key={s}>
              <TextLink href={`/admin/outbox?state=${s}`} aria-current={state === s ? "page" : undefined}>
                {t(`states.${s}`)} ({countOf(s)})
              </TextLink>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="failed-jobs-heading" className="flex flex-col gap-3">
        <h2 id="failed-jobs-heading" className="text-std-24B-150">
          {t("failedJobs")}
        </h2>
        {failedJobs.length === 0 ? (
          <p>{t("failedJobsEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {failedJobs.map((job) => (
              <Card as="li" key={job.id}>
                <p className="font-bold">
                  {t("job")}: {job.name}
                </p>
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {job.failedAt && <time dateTime={job.failedAt.toISOString()}>{format.dateTime(job.failedAt, { dateStyle: "medium", timeStyle: "short" })}</time>}・
                  {t("attempts")}: {job.retryCount + 1}
                </p>
                <p className="break-all">
                  {t("lastError")}: {job.error}
                </p>
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mail-list-heading" className="flex flex-col gap-3">
        <h2 id="mail-list-heading" className="text-std-24B-150">
          {state ? t(`states.${state}`) : t("all")}
        </h2>
        {messages.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {messages.map((mail) => (
              <Card as="li" key={mail.id}>
                <p className="text-std-18B-160">
                  <TextLink href={`/admin/outbox/${mail.id}`}>{mail.subject}</TextLink>
                </p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-dns-16N-130">
                  <dt className="font-bold">{t("to")}</dt>
                  <dd className="break-all">{mail.toAddress}</dd>
                  <dt className="font-bold">{t("state")}</dt>
                  <dd>{t(`states.${mail.state}`)}</dd>
                  <dt className="font-bold">{t("created")}</dt>
                  <dd>
                    <time dateTime={mail.createdAt.toISOString()}>{format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </dd>
                  <dt className="font-bold">{t("kind")}</dt>
                  <dd>{tKinds(kindMessageKey(mail.kind))}</dd>
                </dl>
                {mail.state === "UNCERTAIN" && (
                  <Alert tone="warning" live="off" className="mt-2">
                    {t("uncertainHelp")}
                  </Alert>
                )}
                {mail.lastError && (
                  <p className="mt-2 break-all text-dns-14N-130">
                    {t("lastError")}: {mail.lastError}
                  </p>
                )}
              </Card>
            ))}
          </ul>
        )}
      </section>
    </Container>
  );
}
