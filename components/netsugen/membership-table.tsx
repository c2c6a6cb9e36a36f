"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeMembershipAction } from "@/app/(staff)/staff/netsugen/actions";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { MembershipRow } from "@/lib/netsugen/memberships";
import { TableFrame } from "@/components/ui/table-frame";

const MOVES = {
  APPLIED: [
    ["ACTIVE", "approve"],
    ["DECLINED", "decline"],
  ],
  ACTIVE: [
    ["SUSPENDED", "suspend"],
    ["ENDED", "end"],
  ],
  SUSPENDED: [
    ["ACTIVE", "resume"],
    ["ENDED", "end"],
  ],
} as const;

function MembershipActions({ row }: { row: MembershipRow }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(changeMembershipAction, null);
  const moves = MOVES[row.status as keyof typeof MOVES] ?? [];
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={row.id} />
      {moves.map(([to, label]) => {
        const button = {
          name: "to",
          value: to,
          size: "sm",
          variant: to === "ACTIVE" ? "primary" : "secondary",
          "aria-label": t("netsugenStaff.memberships.changeLabel", { name: row.holder.name, action: t(`netsugenStaff.memberships.${label}`) }),
          "aria-disabled": pending || undefined,
        } as const;
        // Ending and declining cannot be taken back: they ask first.
        return label === "end" || label === "decline" ? (
          <ConfirmSubmit
            key={to}
            {...button}
            title={t(`netsugenStaff.memberships.${label}Title`, { name: row.holder.name })}
            consequence={t(`netsugenStaff.memberships.${label}Body`)}
            confirmLabel={t(`netsugenStaff.memberships.${label}Confirm`)}
          >
            {t(`netsugenStaff.memberships.${label}`)}
          </ConfirmSubmit>
        ) : (
          <Button key={to} type="submit" {...button}>
            {t(`netsugenStaff.memberships.${label}`)}
          </Button>
        );
      })}
      <span role="status" className="text-std-16N-170 text-error-2">
        {state && !state.ok ? t(state.error) : ""}
      </span>
    </form>
  );
}

/** Applications first, then live memberships, each with the moves its state allows. */
export function MembershipTable({ rows }: { rows: readonly MembershipRow[] }) {
  const t = useTranslations("netsugenStaff.memberships");
  const status = useTranslations("netsugen.membershipStatus");
  const format = useFormatter();
  const locale = useLocale();
  if (rows.length === 0) return <p>{t("none")}</p>;
  return (
    <TableFrame label={t("title")}>
      <table className="w-full min-w-140 border-collapse text-left text-std-16N-170">
        <caption className="mb-2 text-left text-std-20B-150">{t("title")}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-420">
            <th scope="col" className="py-2 pr-4">{t("applicant")}</th>
            <th scope="col" className="py-2 pr-4">{t("plan")}</th>
            <th scope="col" className="py-2 pr-4">{t("status")}</th>
            <th scope="col" className="py-2 pr-4">{t("applied")}</th>
            <th scope="col" className="py-2" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-solid-gray-200 align-top">
              <td className="py-2 pr-4">
                {row.holder.name}
                <span className="block text-solid-gray-700">{row.holder.email}</span>
              </td>
              <td className="py-2 pr-4">{locale === "ja" ? row.plan.nameJa : row.plan.nameEn}</td>
              <td className="py-2 pr-4">{status(row.status)}</td>
              <td className="py-2 pr-4 tabular-nums">{format.dateTime(row.appliedAt, { year: "numeric", month: "short", day: "numeric", timeZone: "Asia/Tokyo" })}</td>
              <td className="py-2">
                <MembershipActions row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
