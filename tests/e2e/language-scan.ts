// What a public page must not show: the other language's sentences, or the curators' working
// references. Pure, so the rules are unit-tested (tests/unit/language-scan.test.ts); the e2e
// test feeds it each page's visible text, without the parts marked as another language.

/**
 * Latin-script words that belong on a Japanese page: names written in Latin letters by design
 * (the platform, the space, the studio, the programme's partners), and terms the Japanese text
 * uses as they are. Each is a word or a name, never a sentence.
 */
export const LATIN_ON_JAPANESE_PAGES = [
  "Yukemuri", // the platform's name beside 湯けむり
  "NETSUGEN", // the space's own name
  "tsulunos", // the studio's own name
  "SDGs",
  "KPI",
  "CSV",
  "API",
  "QR",
  "JIS X 8341-3", // the accessibility standard's designation
  "axe-core", // the checking tool named in the accessibility statement
  "CC BY 4.0", // licence names
  "PDL1.0",
  "Language", // the language switch is labelled in both languages (marked lang="en")
];

const WORD = /[A-Za-z][A-Za-z'’.-]*/;
/** Four or more Latin words in a row: an English sentence or phrase, not a name. */
const ENGLISH_RUN = new RegExp(`${WORD.source}(?:[ ,;:]+${WORD.source}){3,}`, "g");
/** Kana, kanji and Japanese punctuation. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}「」『』（）：、。・]+/gu;
/** The curators' references: seed files, line numbers, the README. */
const CURATION = /\bseed\b|\blines?\s+\d|README|\d{3}_[0-9a-f]{6,}/gi;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const ALLOWED = new RegExp(LATIN_ON_JAPANESE_PAGES.map(escape).join("|"), "g");

/** The snippets of `text` that should not be on a page in `locale`. */
export function foreignText(locale: "ja" | "en", text: string): string[] {
  const found = [...text.matchAll(CURATION)].map((m) => m[0]);
  if (locale === "ja") {
    const words = text.replace(ALLOWED, " ");
    found.push(...[...words.matchAll(ENGLISH_RUN)].map((m) => m[0]));
  } else {
    found.push(...[...text.matchAll(JAPANESE)].map((m) => m[0]));
  }
  return found;
}
