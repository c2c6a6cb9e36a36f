// "HH:MM" in Japan time for an instant, on the server or in the browser, whatever their zones.
// Japan keeps UTC+9 all year, so no time-zone database is needed here.
export function jstClock(instant: Date | string): string {
  const ms = (typeof instant === "string" ? Date.parse(instant) : instant.getTime()) + 9 * 3_600_000;
  return new Date(ms).toISOString().slice(11, 16);
}

export const jstRange = (start: Date | string, end: Date | string) => `${jstClock(start)}〜${jstClock(end)}`;
