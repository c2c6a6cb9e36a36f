import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/staff/audit-table";
import { PlatformCounts } from "@/components/staff/platform-counts";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { countPlatformData, listRecentAudit } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("title") };
}

export default async function StaffConsolePage() {
  const user = await requirePageAccess("staff.console.view", "/staff");
  const [t, tAnalytics, tComments, kpi, tWorkshops, counts, audit, tFeedback] = await Promise.all([
    getTranslations("staff"),
    getTranslations("analytics"),
    getTranslations("comments"),
    getTranslations("kpiStaff"),
    getTranslations("workshopStaff"),
    countPlatformData(),
    listRecentAudit(),
    getTranslations("feedbackStaff"),
  ]);
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <>
            {can(user, "workshop.console.view") && <LinkButton href="/staff/workshops">{tWorkshops("title")}</LinkButton>}
            {can(user, "idea.review") && <LinkButton href="/staff/ideas">{t("reviewIdeas")}</LinkButton>}
            <LinkButton href="/staff/analytics" variant="secondary">{tAnalytics("link")}</LinkButton>
            {can(user, "kpi.observation.edit") && <LinkButton href="/staff/kpis" variant="secondary">{kpi("consoleLink")}</LinkButton>}
            {can(user, "content.moderate") && <LinkButton href="/staff/moderation" variant="secondary">{tComments("link")}</LinkButton>}
            {can(user, "accessibility.feedback.manage") && <LinkButton href="/staff/feedback" variant="secondary">{tFeedback("consoleLink")}</LinkButton>}
            {can(user, "user.list") && <LinkButton href="/admin/users" variant="secondary">{t("manageUsers")}</LinkButton>}
          </>
        }
      />
      <PlatformCounts counts={counts} />
      <AuditTable entries={audit} />
    </Container>
  );
}
