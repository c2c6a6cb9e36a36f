import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ChargeLine } from "@/lib/netsugen/statements";
import { jstClock } from "./clock";
import { TableFrame } from "@/components/ui/table-frame";
import { paren } from "@/lib/i18n/punctuation";

export function MonthCharges({ month, lines, totalJpy }: { month: string; lines: readonly ChargeLine[]; totalJpy: number }) {
  const t = useTranslations("netsugen.member");
  const format = useFormatter();
  const yen = (n: number) => format.number(n, { style: "currency", currency: "JPY" });
  return (
    <section aria-labelledby="netsugen-charges" className="flex flex-col gap-3">
      <h2 id="netsugen-charges" className="text-std-20B-150">
        {t("chargesTitle", { month })}
      </h2>
      {lines.length === 0 ? (
        <p>{t("noCharges")}</p>
      ) : (
        <TableFrame label={t("chargesTitle", { month })}>
          <table className="w-full max-w-180 border-collapse text-left text-std-16N-170">
            <tbody>
              {lines.map((line) => (
                <tr key={`${line.kind}-${line.date}`} className="border-b border-solid-gray-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {line.kind === "plan" ? t("planFee") : t("dropInDay", { date: line.date, minutes: line.minutes ?? 0 })}
                  </th>
                  <td className="py-2 text-right tabular-nums">{yen(line.amountJpy)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-solid-gray-420">
                <th scope="row" className="py-2 pr-4">
                  {t("total")}
                </th>
                <td className="py-2 text-right font-bold tabular-nums">{yen(totalJpy)}</td>
              </tr>
            </tfoot>
          </table>
        </TableFrame>
      )}
    </section>
  );
}

export function VisitHistory({ visits }: { visits: readonly { id: string; checkedInAt: Date; checkedOutAt: Date | null; feeJpy: number | null }[] }) {
  const t = useTranslations("netsugen.member");
  const format = useFormatter();
  return (
    <section aria-labelledby="netsugen-visits" className="flex flex-col gap-3">
      <h2 id="netsugen-visits" className="text-std-20B-150">
        {t("visitsTitle")}
      </h2>
      {visits.length === 0 ? (
        <p>{t("noVisits")}</p>
      ) : (
        <TableFrame label={t("visitsTitle")}>
          <table className="w-full max-w-180 border-collapse text-left text-std-16N-170">
            <thead>
              <tr className="border-b-2 border-solid-gray-420">
                <th scope="col" className="py-2 pr-4">{t("checkedIn")}</th>
                <th scope="col" className="py-2 pr-4">{t("checkedOut")}</th>
                <th scope="col" className="py-2 text-right">{t("fee")}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v) => (
                <tr key={v.id} className="border-b border-solid-gray-200 tabular-nums">
                  <td className="py-2 pr-4">
                    {format.dateTime(v.checkedInAt, { month: "long", day: "numeric", timeZone: "Asia/Tokyo" })} {jstClock(v.checkedInAt)}
                  </td>
                  <td className="py-2 pr-4">{v.checkedOutAt ? jstClock(v.checkedOutAt) : t("stillIn")}</td>
                  <td className="py-2 text-right">{v.feeJpy === null ? "—" : format.number(v.feeJpy, { style: "currency", currency: "JPY" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}

export function MyStatements({ statements }: { statements: readonly { id: string; month: string; totalJpy: number; paidAt: Date | null }[] }) {
  const t = useTranslations("netsugen.member");
  const format = useFormatter();
  const locale = useLocale();
  if (statements.length === 0) return null;
  return (
    <section aria-labelledby="netsugen-statements" className="flex flex-col gap-3">
      <h2 id="netsugen-statements" className="text-std-20B-150">
        {t("statementsTitle")}
      </h2>
      <ul className="flex flex-col gap-1 text-std-16N-170">
        {statements.map((s) => (
          <li key={s.id} className="flex max-w-180 justify-between gap-4 border-b border-solid-gray-200 py-2 tabular-nums">
            <span>{t("statementMonth", { month: s.month })}</span>
            <span>
              {format.number(s.totalJpy, { style: "currency", currency: "JPY" })}{paren(locale, s.paidAt ? t("statementPaid") : t("statementUnpaid"))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
