import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SubmitIdeaForm } from "@/components/ideas/submit-idea-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { localised } from "@/lib/i18n/localised";
import { municipalityGroups } from "@/lib/regions/options";
import { listIssueCardChoices } from "@/lib/ideas/queries";
import { listAreasWithMunicipalities } from "@/lib/projects/queries";
import { listSdgGoals } from "@/lib/sdgs/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ideas");
  return { title: t("newTitle") };
}

export default async function NewIdeaPage() {
  await requirePageAccess("idea.submit", "/ideas/new");
  const [t, locale, areas, goals, issueCards] = await Promise.all([
    getTranslations("ideas"),
    getLocale(),
    listAreasWithMunicipalities(),
    listSdgGoals(),
    listIssueCardChoices(),
  ]);
  return (
    <Container size="narrow" className="pb-16">
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <SubmitIdeaForm
        municipalities={municipalityGroups(areas, locale)}
        issueCards={issueCards}
        sdgGoals={goals.map((goal) => ({ number: goal.number, label: `${goal.number}. ${localised(locale, goal.nameJa, goal.nameEn)}` }))}
      />
    </Container>
  );
}
