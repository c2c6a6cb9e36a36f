import { useTranslations } from "next-intl";
import type { Interval } from "@/lib/netsugen/rules/opening-hours";
import { jstRange } from "./clock";

/**
 * The day as a list of free and booked periods, in order. Text carries the meaning (空き /
 * 予約済み); colour only repeats it, for people who cannot tell colours apart.
 */
export function DayTimeline({ free, busy, label }: { free: readonly Interval[]; busy: readonly Interval[]; label: string }) {
  const t = useTranslations("netsugen.space");
  const rows = [...free.map((i) => ({ ...i, free: true })), ...busy.map((i) => ({ ...i, free: false }))].sort(
    (a, b) => a.start.getTime() - b.start.getTime(),
  );
  if (rows.length === 0) return null;
  return (
    <section aria-label={label} className="flex flex-col gap-2">
      <h2 className="text-std-20B-150">{label}</h2>
      {free.length === 0 && <p className="text-std-16N-170">{t("noFree")}</p>}
      <ol className="flex flex-col gap-1">
        {rows.map((row) => (
          <li
            key={`${row.start.toISOString()}-${row.free}`}
            className={`flex justify-between gap-4 rounded-8 border-l-8 px-4 py-2 text-std-16N-170 tabular-nums ${
              row.free ? "border-green-700 bg-green-50" : "border-solid-gray-536 bg-solid-gray-100"
            }`}
          >
            <span>{jstRange(row.start, row.end)}</span>
            <span className="font-bold">{row.free ? t("free") : t("busy")}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
