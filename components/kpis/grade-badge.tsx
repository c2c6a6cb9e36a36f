import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { Grade } from "@/lib/kpis/grading";

// Each grade has its own shape as well as its own colour, and always its word: nothing relies
// on colour alone, and the shapes survive forced-colours mode and greyscale printing.
export const GRADE_STYLE: Record<Grade, { text: string; box: string; bar: string; path: string }> = {
  ACHIEVED: {
    text: "text-success-2",
    box: "border-success-2 bg-green-50",
    bar: "bg-success-2",
    path: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9Z",
  },
  ON_TRACK: {
    text: "text-blue-900",
    box: "border-blue-900 bg-blue-50",
    bar: "bg-blue-900",
    path: "M12 3 4 11h5v10h6V11h5l-8-8Z",
  },
  MODERATE: {
    text: "text-orange-800",
    box: "border-warning-orange-2 bg-orange-50",
    bar: "bg-warning-orange-2",
    path: "M3 9h11V4l8 8-8 8v-5H3V9Z",
  },
  OFF_TRACK: {
    text: "text-error-2",
    box: "border-error-1 bg-red-50",
    bar: "bg-error-1",
    path: "M12 21l8-8h-5V3H9v10H4l8 8Z",
  },
  NO_DATA: {
    text: "text-solid-gray-700",
    box: "border-solid-gray-536 bg-solid-gray-50",
    bar: "bg-solid-gray-420",
    path: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm5 11H7v-2h10v2Z",
  },
};

export function GradeIcon({ grade, className }: { grade: Grade; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className={cx("shrink-0", GRADE_STYLE[grade].text, className)}>
      <path d={GRADE_STYLE[grade].path} fill="currentColor" />
    </svg>
  );
}

/** A grade as icon + word, optionally with the stale and demo flags next to it. */
export function GradeBadge({ grade, stale = false, demo = false }: { grade: Grade; stale?: boolean; demo?: boolean }) {
  const t = useTranslations("kpiGrade");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={cx("inline-flex items-center gap-1 rounded-6 border px-2 py-0.5 text-dns-16B-130 text-solid-gray-900", GRADE_STYLE[grade].box)}>
        <GradeIcon grade={grade} />
        {t(grade)}
      </span>
      {stale && (
        <span className="inline-flex items-center gap-1 rounded-6 border border-solid-gray-600 px-2 py-0.5 text-dns-14N-130" title={t("staleHint")}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
            <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 11h-5v-2h3V6h2v7Z" />
          </svg>
          {t("stale")}
        </span>
      )}
      {demo && <DemoBadge />}
    </span>
  );
}

export function DemoBadge() {
  const t = useTranslations("kpiGrade");
  return (
    <span className="inline-flex items-center rounded-6 border border-dashed border-solid-gray-900 bg-yellow-300 px-2 py-0.5 text-dns-14B-120 text-solid-gray-900" title={t("demoHint")}>
      {t("demo")}
    </span>
  );
}
