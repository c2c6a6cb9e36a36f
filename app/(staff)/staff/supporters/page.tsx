import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { linkStyle } from "@/components/ui/styles";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import { requirePageAccess } from "@/lib/auth/guard";
import { localised } from "@/lib/i18n/localised";
import { listAreasWithMunicipalities } from "@/lib/projects/queries";
import { consentingCounts, REGISTER_COLUMNS } from "@/lib/supporters/register-export";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supporterRegister");
  return { title: t("title") };
}

/** Staff download each municipality's register of supporters who consented to be in it. */
export default async function SupporterRegisterPage() {
  await requirePageAccess("supporter.register.export", "/staff/supporters");
  const [t, locale, areas, counts] = await Promise.all([getTranslations("supporterRegister"), getLocale(), listAreasWithMunicipalities(), consentingCounts()]);
  const rows = [
    { key: "prefecture", name: t("wholePrefecture"), count: counts.wholePrefecture },
    ...areas.flatMap((area) => area.municipalities.map((m) => ({ key: m.code, name: localised(locale, m.nameJa, m.nameEn), count: counts.byMunicipality.get(m.id) ?? 0 }))),
  ];
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="registers" title={t("registersTitle")}>
        <TableFrame label={t("registersTitle")}>
          <table className={tableStyles.table}>
            <thead>
              <tr>
                <th scope="col" className={tableStyles.th}>{t("municipality")}</th>
                <th scope="col" className={`${tableStyles.th} text-right`}>{t("consenting")}</th>
                <th scope="col" className={tableStyles.th}>{t("download")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{row.name}</th>
                  <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{row.count}</td>
                  <td className={tableStyles.td}>
                    {row.count > 0 ? (
                      <a href={`/staff/supporters/export?municipality=${row.key}`} className={linkStyle}>
                        {t("csvFor", { name: row.name })}
                      </a>
                    ) : (
                      <span className="text-solid-gray-700">{t("none")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </Section>
      <Section id="format" title={t("formatTitle")}>
        <p>{t("formatLead")}</p>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {REGISTER_COLUMNS.map((column) => (
            <div key={column} className="contents">
              <dt className="font-mono font-bold">{column}</dt>
              <dd className="mb-2 sm:mb-0">{t(`column.${column}`)}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </Container>
  );
}
