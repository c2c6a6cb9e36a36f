import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { focusRing } from "@/components/ui/styles";
import { cx } from "@/components/ui/cx";
import { textOn } from "@/lib/kpis/colour";
import type { SdgGoalInfo } from "@/lib/kpis/public";
import type { Rollup } from "@/lib/kpis/rollup";
import { GradeCounts } from "./grade-counts";
import { pick } from "./locale-text";

/** One SDG as a tile in its official colour: the goal's KPIs counted by grade, with coverage. */
export function GoalTile({ goal, rollup }: { goal: SdgGoalInfo; rollup: Rollup }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const name = pick(locale, goal.nameJa, goal.nameEn);
  const headingId = `goal-${goal.number}-heading`;
  return (
    <li className="flex flex-col overflow-hidden rounded-12 border border-solid-gray-420 bg-white" aria-labelledby={headingId}>
      <div className="flex items-center gap-3 px-4 py-3" style={{ backgroundColor: goal.colour, color: textOn(goal.colour) }}>
        <span className="shrink-0 text-std-32B-150 whitespace-nowrap tabular-nums" aria-hidden="true">
          {goal.number}
        </span>
        <h3 id={headingId} className="text-std-17B-170">
          <span className="sr-only">{t("goalLabel", { number: goal.number })} </span>
          {name}
        </h3>
      </div>
      <div className="flex flex-1 flex-col gap-3 p-4">
        {rollup.total === 0 ? (
          <p className="text-dns-16N-130 text-solid-gray-700">{t("noKpis")}</p>
        ) : (
          <>
            <GradeCounts rollup={rollup} />
            <Link
              href={`/dashboard/goals/${goal.number}`}
              className={cx("mt-auto text-dns-16N-130 text-blue-1000 underline underline-offset-3 hover:decoration-3", focusRing)}
            >
              {t("viewGoal", { number: goal.number, name })}
            </Link>
          </>
        )}
      </div>
    </li>
  );
}
