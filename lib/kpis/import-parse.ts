// Reading a bulk-import file: bytes → text → rows with line numbers. Pure, so every encoding and
// every malformed file is unit-tested without a database.
import { CsvSyntaxError, parseCsv } from "./csv";

/** Server actions accept 1 MB by default; a year of 33 KPIs is a few kilobytes. */
export const IMPORT_MAX_BYTES = 1_000_000;
export const IMPORT_MAX_ROWS = 5_000;

export const IMPORT_COLUMNS = ["indicator_id", "series_id", "fiscal_year", "value", "obs_status", "footnote", "evidence_url"] as const;
const REQUIRED = ["indicator_id", "series_id", "fiscal_year", "value", "obs_status"] as const;

/** 速報/確報/推計/改訂 as Excel users type them, or the API's own names. */
export const STATUS_WORDS: Record<string, string> = {
  速報: "PRELIMINARY",
  確報: "FINAL",
  推計: "ESTIMATE",
  改訂: "REVISED",
  PRELIMINARY: "PRELIMINARY",
  FINAL: "FINAL",
  ESTIMATE: "ESTIMATE",
  REVISED: "REVISED",
};

export type ImportFileError =
  | "kpiImport.errors.empty"
  | "kpiImport.errors.tooLarge"
  | "kpiImport.errors.encoding"
  | "kpiImport.errors.syntax"
  | "kpiImport.errors.columns"
  | "kpiImport.errors.tooManyRows";

export interface ImportRow {
  /** The line in the file, counting the header as line 1, as a spreadsheet shows it. */
  line: number;
  code: string;
  seriesKey: string;
  fiscalYear: string;
  value: string;
  status: string;
  note: string;
  evidenceUrl: string;
}

/**
 * UTF-8 (with or without BOM) first; if the bytes are not valid UTF-8, Shift_JIS, which Excel in
 * Japan writes. Valid Japanese Shift_JIS is practically never valid UTF-8, so the order is safe.
 */
export function decodeImport(bytes: Uint8Array): { ok: true; text: string; encoding: "UTF-8" | "Shift_JIS" } | { ok: false; error: ImportFileError } {
  if (bytes.length === 0) return { ok: false, error: "kpiImport.errors.empty" };
  if (bytes.length > IMPORT_MAX_BYTES) return { ok: false, error: "kpiImport.errors.tooLarge" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    try {
      return { ok: true, text: new TextDecoder("shift_jis", { fatal: true }).decode(bytes), encoding: "Shift_JIS" };
    } catch {
      return { ok: false, error: "kpiImport.errors.encoding" };
    }
  }
}

export function parseImport(text: string): { ok: true; rows: ImportRow[] } | { ok: false; error: ImportFileError; line?: number } {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, error: "kpiImport.errors.syntax", line: error.line };
    throw error;
  }
  const [header, ...body] = table;
  if (!header) return { ok: false, error: "kpiImport.errors.empty" };
  const names = header.map((h) => h.trim().toLowerCase());
  if (!REQUIRED.every((r) => names.includes(r)) || new Set(names).size !== names.length) return { ok: false, error: "kpiImport.errors.columns" };
  if (body.length === 0) return { ok: false, error: "kpiImport.errors.empty" };
  if (body.length > IMPORT_MAX_ROWS) return { ok: false, error: "kpiImport.errors.tooManyRows" };
  const at = (cells: string[], name: string) => {
    const i = names.indexOf(name);
    return i >= 0 ? (cells[i] ?? "").trim() : "";
  };
  // Line numbers follow the parsed rows; a quoted line break inside a cell would shift them, which
  // the error message tolerates (it also names the KPI and year).
  return {
    ok: true,
    rows: body.map((cells, index) => ({
      line: index + 2,
      code: at(cells, "indicator_id"),
      seriesKey: at(cells, "series_id"),
      fiscalYear: at(cells, "fiscal_year"),
      value: at(cells, "value"),
      status: STATUS_WORDS[at(cells, "obs_status")] ?? at(cells, "obs_status"),
      note: at(cells, "footnote"),
      evidenceUrl: at(cells, "evidence_url"),
    })),
  };
}
