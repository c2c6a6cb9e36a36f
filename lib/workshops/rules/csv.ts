// CSV that Excel opens correctly in Japan: UTF-8 with a BOM (without it Excel guesses Shift_JIS
// and garbles the text) and CRLF line ends. A cell that starts like a formula (=, +, -, @, tab,
// CR) is prefixed with an apostrophe, so a post such as "=HYPERLINK(...)" stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
