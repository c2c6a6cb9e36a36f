import { TZDate } from "@date-fns/tz";
import holidayJp from "@holiday-jp/holiday_jp";

export const TOKYO = "Asia/Tokyo";

/** The same instant, read in Japan time, whatever the server's own time zone is. */
export function inTokyo(date: Date | number): TZDate {
  return typeof date === "number" ? new TZDate(date, TOKYO) : new TZDate(date.getTime(), TOKYO);
}

/** The instant of a wall-clock time in Tokyo (month is 1-based). */
export function tokyoDateTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, TOKYO).getTime());
}

/** "YYYY-MM-DD" of the day the instant falls on in Tokyo. */
export function tokyoDateKey(date: Date | number): string {
  const t = inTokyo(date);
  const mm = String(t.getMonth() + 1).padStart(2, "0");
  const dd = String(t.getDate()).padStart(2, "0");
  return `${t.getFullYear()}-${mm}-${dd}`;
}

/** The name of the 国民の祝日 on the Tokyo day of this instant, or null. */
export function holidayNameOn(date: Date | number): { ja: string; en: string } | null {
  // Look the Tokyo calendar day up by key: the library's own between()/isHoliday() format
  // dates in the server's local zone, which is wrong on a UTC server between 00:00 and 09:00 JST.
  const holiday = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[tokyoDateKey(date)];
  return holiday ? { ja: holiday.name, en: holiday.name_en } : null;
}

/** Saturdays, Sundays and public holidays, by the Tokyo calendar. */
export function isWeekendOrHolidayInTokyo(date: Date | number): boolean {
  const weekday = inTokyo(date).getDay();
  return weekday === 0 || weekday === 6 || holidayNameOn(date) !== null;
}

/** A date and time as people read it in a mail ("2026年12月20日(日) 14:00" / "Sun, 20 Dec 2026, 14:00"), in Japan time. */
export function formatTokyoDateTime(date: Date, locale: "ja" | "en"): string {
  return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
    timeZone: TOKYO,
    year: "numeric",
    month: locale === "ja" ? "long" : "short",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}
