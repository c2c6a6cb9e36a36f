import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

// Rendered with status 403 by `forbidden()` (see lib/auth/guard.ts).
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("title")} lead={t("body")} actions={<LinkButton href="/">{t("home")}</LinkButton>} />
    </Container>
  );
}
