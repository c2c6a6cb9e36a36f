// The language of text that people wrote (ideas, comments, workshop cards) or that has no
// translation yet. Marking it with `lang` lets a screen reader read it in the right voice on a page
// in the other language (WCAG 3.1.2, language of parts). A rough test is enough: any kana or kanji
// makes it Japanese; Latin letters without them make it English.
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN = /[A-Za-z]/;

export function langOf(text: string | null | undefined): "ja" | "en" | undefined {
  if (!text) return undefined;
  if (JAPANESE.test(text)) return "ja";
  return LATIN.test(text) ? "en" : undefined;
}
