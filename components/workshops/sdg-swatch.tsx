export interface SdgGoalInfo {
  number: number;
  nameJa: string;
  nameEn: string;
  colour: string;
}

/** The goal's number on its official colour; decorative, the name is given as text beside it. */
export function SdgSwatch({ goal, size = "md" }: { goal: SdgGoalInfo; size?: "md" | "lg" }) {
  return (
    <span
      aria-hidden="true"
      style={{ backgroundColor: goal.colour }}
      className={`inline-flex shrink-0 items-center justify-center rounded-4 font-bold text-white forced-colors:border ${size === "lg" ? "size-14 text-3xl" : "size-9 text-base"}`}
    >
      {goal.number}
    </span>
  );
}

export function goalName(goal: SdgGoalInfo, locale: string): string {
  return locale === "en" ? goal.nameEn : goal.nameJa;
}
