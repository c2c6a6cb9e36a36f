import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("title"), robots: { index: false } };
}

/** 404, inside the site's header and footer so the way back is always at hand. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader
        title={t("title")}
        lead={
          <div className="flex flex-col gap-4">
            <p>{t("body")}</p>
            <p>{t("hint")}</p>
            <p lang={t("alternateLang")} className="border-l-4 border-solid-gray-200 pl-4 text-std-16N-170 text-solid-gray-700">
              {t("alternate")}
            </p>
          </div>
        }
        actions={<LinkButton href="/">{t("home")}</LinkButton>}
      />
    </Container>
  );
}
