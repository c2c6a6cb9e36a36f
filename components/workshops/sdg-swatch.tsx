import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";

/** The goal's number on its official colour; decorative, the name is given as text beside it. */
const SIZES = { sm: "size-7 text-sm", md: "size-9 text-base", lg: "size-14 text-3xl" } as const;

export function SdgSwatch({ goal, size = "md" }: { goal: SdgGoalInfo; size?: keyof typeof SIZES }) {
  return (
    <span
      aria-hidden="true"
      style={{ backgroundColor: goal.colour }}
      className={`inline-flex shrink-0 items-center justify-center rounded-4 font-bold text-white forced-colors:border ${SIZES[size]}`}
    >
      {goal.number}
    </span>
  );
}

export function goalName(goal: SdgGoalInfo, locale: string): string {
  return locale === "en" ? goal.nameEn : goal.nameJa;
}
