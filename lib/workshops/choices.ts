// The choices and limits of this domain's forms, apart from the schemas so that client components
// can import them without bundling zod.
export { NEED_KINDS } from "../ideas/choices";

export const AFFILIATIONS = ["RESIDENT", "COMPANY", "NPO", "MUNICIPAL_STAFF", "PREFECTURAL_STAFF", "STUDENT", "OTHER"] as const;
export const MAX_SDG_PICKS = 3;
export const LIMITS = { nickname: 30, reflection: 200, card: 140, ideaTitle: 80, ideaDescription: 2_000, reason: 500, cluster: 40 } as const;
export const POST_TYPES = ["ISSUE_CARD", "WORKSHOP_IDEA", "SDG_REFLECTION"] as const;
export type PostType = (typeof POST_TYPES)[number];
