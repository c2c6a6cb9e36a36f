import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RegisterProjectForm } from "@/components/projects/register-project-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { municipalityGroups } from "@/lib/regions/options";
import { listAreasWithMunicipalities } from "@/lib/projects/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  return { title: t("title") };
}

export default async function RegisterProjectPage() {
  await requirePageAccess("project.create", "/staff/projects/new");
  const [t, locale, areas] = await Promise.all([getTranslations("register"), getLocale(), listAreasWithMunicipalities()]);
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <RegisterProjectForm
        municipalities={municipalityGroups(areas, locale)}
      />
    </Container>
  );
}
