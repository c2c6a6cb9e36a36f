import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { focusRing } from "@/components/ui/styles";
import { cx } from "@/components/ui/cx";
import { textOn } from "@/lib/kpis/colour";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import type { Rollup } from "@/lib/kpis/rollup";
import { GradeBar, GradeTally } from "./grade-counts";
import { pick } from "./locale-text";

/** One SDG with KPIs, as a tile in its official colour: the whole tile is the link to the goal's KPIs. */
export function GoalTile({ goal, rollup }: { goal: SdgGoalInfo; rollup: Rollup }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const name = pick(locale, goal.nameJa, goal.nameEn);
  return (
    <li className="flex">
      <Link
        href={`/dashboard/goals/${goal.number}`}
        className={cx("flex w-full flex-col overflow-hidden rounded-12 border border-solid-gray-420 bg-white hover:border-black", focusRing)}
      >
        <span className="flex items-center gap-3 px-4 py-2" style={{ backgroundColor: goal.colour, color: textOn(goal.colour) }}>
          <span className="shrink-0 text-std-24B-150 tabular-nums" aria-hidden="true">{goal.number}</span>
          <span className="text-std-16B-170">
            <span className="sr-only">{t("goalLabel", { number: goal.number })} </span>
            {name}
          </span>
        </span>
        <span className="flex flex-1 flex-col gap-2 px-4 py-3 text-solid-gray-900">
          <GradeBar rollup={rollup} />
          <GradeTally rollup={rollup} />
          <span className="text-dns-14N-130 text-solid-gray-800">{t("coverage", { withData: rollup.withData, total: rollup.total })}</span>
        </span>
      </Link>
    </li>
  );
}

/** Goals the plan ties no KPI to: named in one compact list, without tiles that would only say "none". */
export function GoalsWithoutKpis({ goals }: { goals: SdgGoalInfo[] }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  return (
    <ul className="flex flex-wrap gap-2">
      {goals.map((goal) => (
        <li key={goal.number} className="inline-flex items-center gap-2 rounded-6 border border-solid-gray-420 px-2 py-1 text-dns-14N-130">
          <span className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: goal.colour }} aria-hidden="true" />
          {t("goalLabel", { number: goal.number })} {pick(locale, goal.nameJa, goal.nameEn)}
        </li>
      ))}
    </ul>
  );
}
