import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/workshops/code-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { normaliseJoinCode } from "@/lib/workshops/rules/join-code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops.code");
  return { title: t("title") };
}

/** /w: enter a join code. Without JavaScript the form GETs /w?code=…, handled here. */
export default async function EnterCodePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const normalised = code === undefined ? null : normaliseJoinCode(code);
  if (normalised) redirect(`/w/${normalised}`);
  const t = await getTranslations("workshops.code");
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <CodeForm invalid={code !== undefined} />
    </Container>
  );
}
