import { describe, expect, test } from "vitest";
import { decodeImport, IMPORT_MAX_BYTES, parseImport } from "@/lib/kpis/import-parse";

// "…,確報,県統計課「移住者調査」による" as Excel in Japan saves it (Shift_JIS), made with Python's codec.
const SHIFT_JIS_HEX =
  "696e64696361746f725f69642c7365726965735f69642c66697363616c5f796561722c76616c75652c6f62735f7374617475732c666f6f746e6f74650d0a696e2d6d696772616e74732c746f74616c2c323032342c313138302c8a6d95f12c8ca7939d8c7689db817588da8f5a8ed292b28db8817682c982e682e90d0a";
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeImport", () => {
  test("reads Shift_JIS", () => {
    const result = decodeImport(hex(SHIFT_JIS_HEX));
    expect(result).toMatchObject({ ok: true, encoding: "Shift_JIS" });
    if (result.ok) expect(result.text).toContain("確報,県統計課「移住者調査」による");
  });
  test("reads UTF-8 with and without a BOM", () => {
    expect(decodeImport(utf8("\uFEFFa,b\n1,2"))).toMatchObject({ ok: true, encoding: "UTF-8", text: "a,b\n1,2" });
    expect(decodeImport(utf8("値"))).toMatchObject({ ok: true, encoding: "UTF-8", text: "値" });
  });
  test.each<[string, Uint8Array, string]>([
    ["empty", new Uint8Array(), "kpiImport.errors.empty"],
    ["over the size limit", new Uint8Array(IMPORT_MAX_BYTES + 1), "kpiImport.errors.tooLarge"],
    ["neither UTF-8 nor Shift_JIS", hex("ff80ff80"), "kpiImport.errors.encoding"],
  ])("refuses a file that is %s", (_label, bytes, error) => {
    expect(decodeImport(bytes)).toEqual({ ok: false, error });
  });
});

describe("parseImport", () => {
  const header = "indicator_id,series_id,fiscal_year,value,obs_status,footnote,evidence_url";
  test("maps columns by name, in any order, and Japanese status words to the enum", () => {
    const result = parseImport(`obs_status,value,fiscal_year,series_id,indicator_id\r\n確報," 1,180 ",2024,total,in-migrants\r\n推計,3,2023,total,x\r\n`);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, code: "in-migrants", seriesKey: "total", fiscalYear: "2024", value: "1,180", status: "FINAL", note: "", evidenceUrl: "" },
        { line: 3, code: "x", seriesKey: "total", fiscalYear: "2023", value: "3", status: "ESTIMATE", note: "", evidenceUrl: "" },
      ],
    });
  });
  test("keeps quoted commas and unknown status words as they are (the row check refuses them)", () => {
    const result = parseImport(`${header}\na,b,2024,1,たぶん,"注記, カンマ入り",\n`);
    expect(result).toMatchObject({ ok: true, rows: [{ status: "たぶん", note: "注記, カンマ入り" }] });
  });
  test.each([
    ["no header", "", "kpiImport.errors.empty"],
    ["only a header", `${header}\n`, "kpiImport.errors.empty"],
    ["a missing column", "indicator_id,series_id,fiscal_year,value\na,b,2024,1\n", "kpiImport.errors.columns"],
    ["a repeated column", "indicator_id,series_id,fiscal_year,value,obs_status,value\na,b,2024,1,FINAL,2\n", "kpiImport.errors.columns"],
    ["a broken quote", `${header}\na,b,2024,"1,FINAL\n`, "kpiImport.errors.syntax"],
    ["too many rows", `${header}\n${"a,b,2024,1,FINAL,,\n".repeat(5001)}`, "kpiImport.errors.tooManyRows"],
  ])("refuses %s", (_label, text, error) => {
    expect(parseImport(text)).toMatchObject({ ok: false, error });
  });
});
