// CSV that Excel opens correctly in Japan: UTF-8 with a BOM (without it Excel guesses Shift_JIS
// and garbles the text) and CRLF line ends. A text cell that starts like a formula is prefixed
// with an apostrophe, so a post such as "=HYPERLINK(...)" stays text. Japanese spreadsheets also
// read the full-width ＝＋－＠ as formula starts, so those count too. Every CSV the platform
// writes goes through here.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells. Numbers the caller writes itself (a negative value) should not come here. */
export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole file: the BOM, a header row, the rows, CRLF after each. */
export function csvFile(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join("\r\n")}\r\n`;
}
