// The kinds of tie a supporter may name, in the order the form offers them: the types of 関係人口
// the national ふるさと住民登録 scheme means to count (seed 003, P3-10).
export const TIE_KINDS = ["ORIGIN", "CONNECTION", "VISIT", "FURUSATO_TAX", "VOLUNTEER", "SIDE_JOB", "TWO_REGION"] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** Short names for data files (CSV, the register); the forms use longer, friendlier labels. */
export const TIE_KIND_NAMES: Record<TieKind, readonly [ja: string, en: string]> = {
  ORIGIN: ["出身", "Born or raised here"],
  CONNECTION: ["ゆかり", "Personal tie"],
  VISIT: ["訪問", "Visits"],
  FURUSATO_TAX: ["ふるさと納税・購入", "Hometown tax or local products"],
  VOLUNTEER: ["ボランティア", "Volunteering"],
  SIDE_JOB: ["副業・兼業", "Side job"],
  TWO_REGION: ["二地域居住", "Living in two places"],
};
