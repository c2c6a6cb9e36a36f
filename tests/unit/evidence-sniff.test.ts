import { describe, expect, test } from "vitest";
import { safeFileName, sniffEvidence } from "@/lib/uploads/sniff";

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("sniffEvidence trusts the bytes, not the name or the claimed type", () => {
  test.each<[string, Uint8Array, string | null]>([
    ["PDF", text("%PDF-1.7\n…"), "application/pdf"],
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0), "image/jpeg"],
    ["XLSX (zip)", bytes(0x50, 0x4b, 0x03, 0x04, 0x14), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["HTML", text("<!doctype html><script>alert(1)</script>"), null],
    ["SVG", text('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ["a text file that says PDF later", text("hello %PDF-"), null],
    ["empty", bytes(), null],
  ])("%s", (_label, input, mime) => {
    expect(sniffEvidence(input)?.mime ?? null).toBe(mime);
  });
});

test.each([
  ["統計表.pdf", "pdf", "統計表.pdf"],
  ["../../etc/passwd", "pdf", "passwd.pdf"],
  ["C:\\Users\\me\\報告書.xlsx", "xlsx", "報告書.xlsx"],
  ['a"b<c>.html', "png", "abc.png"],
  ["", "jpg", "evidence.jpg"],
  ["photo\u202Egpj.exe", "jpg", "photogpj.jpg"],
  ["\u2066報告\u2069\u200F書.pdf", "pdf", "報告書.pdf"],
])("safeFileName(%j) → %s", (name, ext, safe) => {
  expect(safeFileName(name, ext)).toBe(safe);
});
