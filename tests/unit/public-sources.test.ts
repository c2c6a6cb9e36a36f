import { describe, expect, test } from "vitest";
import { langOf } from "@/lib/i18n/text-lang";
import { colon, dot, joinList, paren } from "@/lib/i18n/punctuation";
import kpisJson from "@/prisma/seed/data/kpis.json" with { type: "json" };
import { INITIATIVES, NETSUGEN } from "@/prisma/seed/source-data";
import { citation, pagesOf } from "@/prisma/seed/sources";
import { sourceRefsOf, unitEnOf } from "@/prisma/seed/kpis";

describe("pages of a source line", () => {
  test.each([
    // Before the first printed page number, only an upper bound is known.
    ["000", 318, { from: 1, to: 9 }],
    ["000", 554, { from: 9, to: 9 }],
    // After the foot of page 9 and up to the foot of page 15.
    ["000", 555, { from: 10, to: 15 }],
    ["000", 1793, { from: 27, to: 27 }],
    ["000", 1800, { from: 27, to: 28 }],
    // NETSUGEN's hours: between the headings the plan places on pages 28 and 34.
    ["000", 2083, { from: 28, to: 34 }],
    ["002", 104, { from: 12, to: 12 }],
    ["002", 116, { from: 13, to: 13 }],
    ["002", 136, { from: 14, to: 14 }],
  ] as const)("seed %s line %i → %j", (seed, line, pages) => {
    expect(pagesOf(seed, line)).toEqual(pages);
  });

  test("a line after the last known page, or in a document without page facts, has no page", () => {
    expect(pagesOf("000", 2500)).toBeNull();
    expect(pagesOf("002", 150)).toBeNull();
    expect(pagesOf("001", 10)).toBeNull();
  });
});

describe("citations", () => {
  test("name the document and its pages in each language, never a seed or a line", () => {
    expect(citation("ja", [{ seed: "002", line: 114 }, { seed: "002", line: 118 }])).toBe(
      "群馬県 未来創生室「官民共創コミュニティの理念を活かした行政手法の導入」（令和5年11月2日） 13ページ",
    );
    expect(citation("en", [{ seed: "000", line: 2083 }])).toBe("Gunma Prefecture SDGs Future City plan, pp. 28–34");
    expect(() => citation("ja", [{ seed: "009", line: 1 }])).toThrow();
  });

  test("every initiative and NETSUGEN fact of the curated data gets a readable citation with a page", () => {
    const refs = [...INITIATIVES.map((i) => i.sources), ...NETSUGEN.plans.map((p) => [p.source]), ...NETSUGEN.hours.map((h) => [h.source])];
    for (const sources of refs) {
      for (const locale of ["ja", "en"] as const) {
        const text = citation(locale, sources);
        expect(text).not.toMatch(/seed|line|\d{3}_/i);
        expect(text).toMatch(locale === "ja" ? /\d+(〜\d+)?ページ$/ : /pp?\. \d+(–\d+)?$/);
      }
    }
  });

  test("every KPI reference keeps its section, gains pages and an English section title", () => {
    for (const kpi of kpisJson.kpis) {
      for (const ref of sourceRefsOf(kpi) as { section: string; sectionTitleEn: string | null; pages: unknown }[]) {
        expect(ref.sectionTitleEn, `${kpi.code} ${ref.section}`).toEqual(expect.any(String));
        expect(ref.pages, kpi.code).toEqual({ from: expect.any(Number), to: expect.any(Number) });
      }
    }
  });

  test("English units carry no curator's explanation in brackets", () => {
    for (const kpi of kpisJson.kpis) expect(unitEnOf(kpi.unitEn) ?? "").not.toMatch(/[()]/);
    expect(unitEnOf(null)).toBeNull();
  });
});

describe("language of people's text", () => {
  test.each([
    ["地域の交通（デモ）", "ja"],
    ["SDGs カードゲーム", "ja"],
    ["Coffee and renovation", "en"],
    ["2025", undefined],
    ["", undefined],
    [null, undefined],
  ] as const)("%j → %s", (text, lang) => {
    expect(langOf(text)).toBe(lang);
  });
});

describe("punctuation", () => {
  test("English gets English separators, Japanese its own", () => {
    expect(joinList("en", ["a", "b"])).toBe("a, b");
    expect(joinList("ja", ["会議室", "スタジオ"])).toBe("会議室、スタジオ");
    expect(colon("en")).toBe(": ");
    expect(colon("ja")).toBe("：");
    expect(`4${paren("en", "15%")}`).toBe("4 (15%)");
    expect(`4${paren("ja", "15%")}`).toBe("4（15%）");
    expect(`Economy${dot("en")}Higher`).toBe("Economy · Higher");
    expect(`経済${dot("ja")}増加`).toBe("経済・増加");
  });
});
