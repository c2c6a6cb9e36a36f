// The kinds of tie a supporter may name, in the order the form offers them: the types of 関係人口
// the national ふるさと住民登録 scheme means to count (seed 003, P3-10).
export const TIE_KINDS = ["ORIGIN", "CONNECTION", "VISIT", "FURUSATO_TAX", "VOLUNTEER", "SIDE_JOB", "TWO_REGION"] as const;
export type TieKind = (typeof TIE_KINDS)[number];
