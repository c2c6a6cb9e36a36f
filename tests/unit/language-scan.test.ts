import { describe, expect, test } from "vitest";
import { foreignText } from "../e2e/language-scan";

describe("foreign text on a public page", () => {
  test.each([
    ["ja", "達成状況：順調。SDGs の目標 11 に貢献します。湯けむり Yukemuri と NETSUGEN・tsulunos。", []],
    ["ja", "注記 Printed twice with identical values.", ["Printed twice with identical values."]],
    ["ja", "出典：seed 002 line 134", ["seed", "line 1"]],
    ["ja", "README に記載のアカウント", ["README"]],
    ["ja", "JIS X 8341-3:2016 の AA に準拠", []],
    ["en", "1 of 1 KPI has data. Gunma Prefecture SDGs Future City plan, pp. 28–34", []],
    ["en", "100 million yen (oku-en)", []],
    ["en", "The expected path (期待値)", ["期待値"]],
    ["en", "Looking for：key person、funding", ["：", "、"]],
    ["en", "Source: 群馬県SDGs未来都市計画 p. 12", ["群馬県", "未来都市計画"]],
    ["en", "Printed 「－」", ["「", "」"]],
    ["en", "Economy・Higher is better", ["・"]],
  ] as const)("%s: %j → %j", (locale, text, expected) => {
    expect(foreignText(locale, text)).toEqual(expected);
  });
});
