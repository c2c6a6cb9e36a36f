import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { kindMessageKey } from "@/lib/mail/kinds";
import { readUnsubscribeToken } from "@/lib/mail/opt-out";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("title"), robots: { index: false } };
}

/**
 * The page behind the unsubscribe link in a notification mail. It asks first, with a button (a
 * POST to the one-click address), so a link preview or a scanner cannot unsubscribe anyone.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; done?: string | string[] }> }) {
  const { token, done } = await searchParams;
  const t = await getTranslations("unsubscribe");
  const value = typeof token === "string" ? token : "";
  const verified = readUnsubscribeToken(value);
  const kind = verified.ok ? t(`kinds.${kindMessageKey(verified.kind)}`) : "";
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader title={t("title")} />
      {!verified.ok ? (
        <Alert tone="error" live="off">
          {t("invalid")}
        </Alert>
      ) : done === "1" ? (
        <Alert tone="success">{t("done", { kind })}</Alert>
      ) : (
        <form method="post" action={`/api/mail/unsubscribe?${new URLSearchParams({ token: value, from: "page" }).toString()}`} className="flex flex-col gap-4">
          <p>{t("confirm", { kind })}</p>
          <div>
            <Button type="submit">{t("button")}</Button>
          </div>
        </form>
      )}
    </Container>
  );
}
