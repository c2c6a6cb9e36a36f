import { describe, expect, test } from "vitest";
import { contrastRatio, textOn } from "@/lib/kpis/colour";
import { CsvSyntaxError, parseCsv } from "@/lib/kpis/csv";
import { csvCell } from "@/lib/csv/write";
import { etagOf } from "@/lib/http/open-data-response";

describe("csvCell neutralises formulas, half- and full-width, and quotes what needs quoting", () => {
  test.each<[string | null, string]>([
    ["plain", "plain"],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["+81 27", "'+81 27"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    [null, ""],
    ["群馬県", "群馬県"],
    ["＝HYPERLINK(\"http://evil.example\")", `"'＝HYPERLINK(""http://evil.example"")"`],
    ["＋81", "'＋81"],
    ["－1", "'－1"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    ["\rCR", `"'\rCR"`],
  ])("%j → %s", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe("parseCsv", () => {
  test("drops the BOM, reads quoted commas, quotes and line breaks, CRLF and LF", () => {
    expect(parseCsv('\uFEFFa,b,c\r\n"1,5","say ""hi""","two\nlines"\n3,,x\n')).toEqual([
      ["a", "b", "c"],
      ["1,5", 'say "hi"', "two\nlines"],
      ["3", "", "x"],
    ]);
  });
  test("a file without a final newline keeps its last row; blank lines are skipped", () => {
    expect(parseCsv("a,b\n\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  test.each([
    ['a,"b\n', "A quoted field is not closed"],
    ['a,"b"c\n', "Text after a closing quote"],
    ['a,b"c"\n', "A quote inside an unquoted field"],
  ])("refuses %j", (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    expect(() => parseCsv(text)).toThrow(message);
  });
  test("round-trips what the exporter writes", () => {
    const cells = ['=HYPERLINK("x")', "a,b", "改行\nあり", "普通"];
    expect(parseCsv(`${cells.map(csvCell).join(",")}\r\n`)).toEqual([[`'${cells[0]}`, ...cells.slice(1)]]);
  });
});

test("the ETag changes with the body and only with it", () => {
  expect(etagOf("a")).toBe(etagOf("a"));
  expect(etagOf("a")).not.toBe(etagOf("b"));
  expect(etagOf("a")).toMatch(/^"[\w-]{27}"$/);
});

describe("text on SDG colours stays readable (WCAG 4.5:1 for the goal names)", () => {
  const OFFICIAL = ["#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A"];
  test.each(OFFICIAL)("%s", (colour) => {
    // The goal name is 17px bold, not "large text", so the full 4.5:1 applies.
    expect(contrastRatio(colour, textOn(colour))).toBeGreaterThanOrEqual(4.5);
  });
  test("yellow takes black, dark blue takes white", () => {
    expect(textOn("#FCC30B")).toBe("#000000");
    expect(textOn("#19486A")).toBe("#ffffff");
  });
});
