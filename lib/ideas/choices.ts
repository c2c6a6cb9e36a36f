// The choices and limits of this domain's forms, apart from the schemas so that client components
// can import them without bundling zod.
export const NEED_KINDS = ["KEY_PERSON", "FUNDING", "SKILLS", "SPACE", "PARTNERS"] as const;
export const DECLINE_REASONS = ["OUT_OF_SCOPE", "DUPLICATE", "NOT_FEASIBLE", "ALREADY_EXISTS", "INSUFFICIENT_DETAIL", "OTHER"] as const;
