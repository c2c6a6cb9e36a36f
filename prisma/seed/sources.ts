// Where the seeded facts come from, as a reader can look them up: the document's title and its
// page, never the curators' working references (seed numbers and line numbers of the extracted
// text). The curated data cites "seed 000, line 2083"; this module turns that into
// 「群馬県SDGs未来都市計画 28〜34ページ」. The page facts below were read once from the extracted
// text (a page number printed at a page's foot, or a page the document names for a heading) and
// are copied here, so nothing reads the source texts at run time.
import type { Locale } from "../../lib/i18n/config";

export type SeedId = "000" | "001" | "002";

interface SourceDocument {
  ja: string;
  en: string;
}

export const SOURCE_DOCUMENTS: Record<SeedId, SourceDocument> = {
  "000": { ja: "群馬県SDGs未来都市計画", en: "Gunma Prefecture SDGs Future City plan" },
  "001": { ja: "新・群馬県総合計画 ビジョン（原案）", en: "Draft vision of the new Gunma Prefecture comprehensive plan" },
  "002": {
    ja: "群馬県 未来創生室「官民共創コミュニティの理念を活かした行政手法の導入」（令和5年11月2日）",
    en: "Gunma Prefecture Future Creation Office, “Bringing the co-creation community into the way we govern” (2 November 2023)",
  },
};

/**
 * A line of the extracted text known to be on a page. `end` marks a page number printed at the
 * page's foot: the lines after it are on a later page.
 */
interface PageFact {
  line: number;
  page: number;
  end?: true;
}

const PAGE_FACTS: Partial<Record<SeedId, readonly PageFact[]>> = {
  "000": [
    { line: 554, page: 9, end: true }, // the page number 「9」
    { line: 1023, page: 15, end: true }, // 「15」
    { line: 1626, page: 24 }, // ○ぐんまＳＤＧｓコーチングプログラム: 「（24ページ参照）」 (line 1464)
    { line: 1793, page: 27 }, // ①－１ ものづくり産業のＤＸ推進: 「【詳細は 27ページに記載】」 (line 752)
    { line: 1824, page: 28 }, // ①－２ スタートアップ支援: 「【詳細は 28ページに記載】」 (line 756)
    { line: 2144, page: 34 }, // ③ 「地域未来ビジョン」づくり: 「（34ページ）」 (line 1031)
    { line: 2320, page: 38 }, // 有限責任監査法人トーマツ: 「【詳細は 38ページに記載】」 (line 1470)
    { line: 2362, page: 39, end: true }, // 「39」
  ],
  // A slide deck: each slide's number is printed at its foot and its title after its body.
  "002": [
    { line: 27, page: 3, end: true },
    { line: 33, page: 4, end: true },
    { line: 98, page: 9, end: true },
    // Slide 12 (湯けむり未来図鑑) ends with its title 「ワークショップから動き始めた取組例①」 (line 110);
    // the two slides after it carry no number in the text and end with their titles ② and ③.
    { line: 102, page: 12 },
    { line: 110, page: 12, end: true },
    { line: 114, page: 13 },
    { line: 118, page: 13, end: true },
    { line: 122, page: 14 },
    { line: 136, page: 14, end: true },
  ],
};

export interface PageRange {
  from: number;
  to: number;
}

/** The page, or the narrowest range of pages the known page facts allow, of one line; null if unknown. */
export function pagesOf(seed: SeedId, line: number): PageRange | null {
  const facts = PAGE_FACTS[seed];
  if (!facts) return null;
  const before = facts.filter((f) => f.line <= line).at(-1);
  const after = facts.find((f) => f.line >= line);
  if (!before && !after) return null;
  const from = before ? (before.end && before.line < line ? before.page + 1 : before.page) : 1;
  if (!after) return null;
  return { from: Math.min(from, after.page), to: after.page };
}

/** The pages of several lines of one document together. */
export function pagesOfLines(seed: SeedId, lines: readonly number[]): PageRange | null {
  const ranges = lines.map((line) => pagesOf(seed, line));
  if (ranges.length === 0 || ranges.some((r) => r === null)) return null;
  const known = ranges as PageRange[];
  return { from: Math.min(...known.map((r) => r.from)), to: Math.max(...known.map((r) => r.to)) };
}

export function formatPages(locale: Locale, range: PageRange | null): string {
  if (!range) return "";
  if (locale === "ja") return range.from === range.to ? `${range.from}ページ` : `${range.from}〜${range.to}ページ`;
  return range.from === range.to ? `p. ${range.from}` : `pp. ${range.from}–${range.to}`;
}

/** 「群馬県SDGs未来都市計画 28〜34ページ」 / "Gunma Prefecture SDGs Future City plan, pp. 28–34". */
export function citation(locale: Locale, refs: readonly { seed: string; line: number }[]): string {
  const bySeed = new Map<SeedId, number[]>();
  for (const ref of refs) {
    if (!(ref.seed in SOURCE_DOCUMENTS)) throw new Error(`Unknown source document ${ref.seed}`);
    const seed = ref.seed as SeedId;
    bySeed.set(seed, [...(bySeed.get(seed) ?? []), ref.line]);
  }
  const parts = [...bySeed].map(([seed, lines]) => {
    const title = SOURCE_DOCUMENTS[seed][locale];
    const pages = formatPages(locale, pagesOfLines(seed, lines));
    if (!pages) return title;
    return locale === "ja" ? `${title} ${pages}` : `${title}, ${pages}`;
  });
  return parts.join(locale === "ja" ? "、" : "; ");
}
