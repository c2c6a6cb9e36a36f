import type { ReactNode } from "react";

/**
 * Tags that catalogue messages may use with `t.rich()`:
 * - `<ja>…</ja>` / `<en>…</en>` mark a phrase in the other language, so screen readers switch
 *   pronunciation (WCAG 3.1.2, language of parts);
 * - `<strong>…</strong>` for a name that leads a sentence.
 */
export const richTags = {
  ja: (chunks: ReactNode) => <span lang="ja">{chunks}</span>,
  en: (chunks: ReactNode) => <span lang="en">{chunks}</span>,
  strong: (chunks: ReactNode) => <strong className="font-bold">{chunks}</strong>,
};
