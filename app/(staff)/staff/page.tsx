import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/staff/audit-table";
import { StaffInbox } from "@/components/staff/inbox";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getStaffInbox } from "@/lib/staff/inbox";
import { listRecentAudit } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("title") };
}

/** Where staff start the day: what is waiting for them, then the work areas and recent changes. */
export default async function StaffConsolePage() {
  const user = await requirePageAccess("staff.console.view", "/staff");
  const [t, tInbox, tAnalytics, tComments, kpi, tWorkshops, tOutbox, inbox, audit, tFeedback, tSupporters] = await Promise.all([
    getTranslations("staff"),
    getTranslations("staffInbox"),
    getTranslations("analytics"),
    getTranslations("comments"),
    getTranslations("kpiStaff"),
    getTranslations("workshopStaff"),
    getTranslations("outbox"),
    getStaffInbox(user),
    listRecentAudit(),
    getTranslations("feedbackStaff"),
    getTranslations("supporterRegister"),
  ]);
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <StaffInbox items={inbox} />
      <nav aria-labelledby="consoles-heading" className="flex flex-col gap-3">
        <h2 id="consoles-heading" className="text-std-20B-150">
          {tInbox("consoles")}
        </h2>
        <div className="flex flex-wrap gap-3">
          {can(user, "workshop.console.view") && <LinkButton href="/staff/workshops" variant="secondary">{tWorkshops("title")}</LinkButton>}
          {can(user, "idea.review") && <LinkButton href="/staff/ideas" variant="secondary">{t("reviewIdeas")}</LinkButton>}
          {can(user, "kpi.observation.edit") && <LinkButton href="/staff/kpis" variant="secondary">{kpi("consoleLink")}</LinkButton>}
          {can(user, "content.moderate") && <LinkButton href="/staff/moderation" variant="secondary">{tComments("link")}</LinkButton>}
          {can(user, "netsugen.reception") && <LinkButton href="/staff/netsugen" variant="secondary">{t("netsugen")}</LinkButton>}
          <LinkButton href="/staff/analytics" variant="secondary">{tAnalytics("link")}</LinkButton>
          {can(user, "accessibility.feedback.manage") && <LinkButton href="/staff/feedback" variant="secondary">{tFeedback("consoleLink")}</LinkButton>}
          {can(user, "supporter.register.export") && <LinkButton href="/staff/supporters" variant="secondary">{tSupporters("consoleLink")}</LinkButton>}
          {can(user, "user.list") && <LinkButton href="/admin/users" variant="secondary">{t("manageUsers")}</LinkButton>}
          {can(user, "mail.outbox.view") && <LinkButton href="/admin/outbox" variant="secondary">{tOutbox("link")}</LinkButton>}
        </div>
      </nav>
      <AuditTable entries={audit} />
    </Container>
  );
}
