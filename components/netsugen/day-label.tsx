import { useFormatter } from "next-intl";

/** A Tokyo calendar day as 「12月1日（火）」 / "Tue, 1 December", from its "YYYY-MM-DD" key. */
export function useDayLabel() {
  const format = useFormatter();
  // Noon JST is the same calendar day in every zone the formatter might use.
  return (dateKey: string) =>
    format.dateTime(new Date(`${dateKey}T12:00:00+09:00`), { month: "long", day: "numeric", weekday: "short", timeZone: "Asia/Tokyo" });
}
