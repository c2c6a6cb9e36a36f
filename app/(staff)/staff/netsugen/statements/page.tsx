import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { IssueStatementButton, MarkPaidButton } from "@/components/netsugen/statement-actions";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { listStatementsForMonth, tokyoMonthOf } from "@/lib/netsugen/statements";
import { TableFrame } from "@/components/ui/table-frame";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("netsugenStaff.statements"))("title") };
}

function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

export default async function StatementsPage({ searchParams }: { searchParams: Promise<{ month?: string | string[] }> }) {
  await requirePageAccess("netsugen.statement.manage", "/staff/netsugen/statements");
  const query = (await searchParams).month;
  // Last month by default: it is the one ready to bill.
  const month = typeof query === "string" && /^20\d{2}-(0[1-9]|1[0-2])$/.test(query) ? query : previousMonth(tokyoMonthOf(new Date()));
  const [t, format, locale, rows] = await Promise.all([getTranslations("netsugenStaff.statements"), getFormatter(), getLocale(), listStatementsForMonth(month)]);
  const yen = (n: number) => format.number(n, { style: "currency", currency: "JPY" });
  return (
    <Container className="flex flex-col gap-8 pb-16">
      <PageHeader eyebrow={<TextLink href="/staff/netsugen">NETSUGEN</TextLink>} title={t("title")} lead={t("lead")} />
      <form method="get" className="flex flex-wrap items-end gap-4">
        <TextField name="month" type="month" label={t("month")} defaultValue={month} width="sm" />
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      <TableFrame label={t("caption", { month })}>
        <table className="w-full min-w-140 border-collapse text-left text-std-16N-170">
          <caption className="mb-2 text-left text-std-20B-150">{t("caption", { month })}</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-420">
              <th scope="col" className="py-2 pr-4">{t("holder")}</th>
              <th scope="col" className="py-2 pr-4">{t("plan")}</th>
              <th scope="col" className="py-2 pr-4 text-right">{t("amount")}</th>
              <th scope="col" className="py-2 pr-4">{t("state")}</th>
              <th scope="col" className="py-2" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-solid-gray-200 align-top">
                <td className="py-2 pr-4">{r.holder}</td>
                <td className="py-2 pr-4">{locale === "ja" ? r.plan.nameJa : r.plan.nameEn}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{yen(r.statement?.totalJpy ?? r.previewJpy ?? 0)}</td>
                <td className="py-2 pr-4">{r.statement ? (r.statement.paidAt ? t("paid") : t("issued")) : t("notIssued")}</td>
                <td className="py-2">
                  {!r.statement ? (
                    <IssueStatementButton membershipId={r.id} month={month} whose={t("whoseStatement", { holder: r.holder })} />
                  ) : !r.statement.paidAt ? (
                    <MarkPaidButton statementId={r.statement.id} whose={t("whoseStatement", { holder: r.holder })} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </Container>
  );
}
