// The choices and limits of this domain's forms, apart from the schemas so that client components
// can import them without bundling zod.
export const NEED_KINDS = ["KEY_PERSON", "FUNDING", "SKILLS", "SPACE", "PARTNERS"] as const;
export const DECLINE_REASONS = ["OUT_OF_SCOPE", "DUPLICATE", "NOT_FEASIBLE", "ALREADY_EXISTS", "INSUFFICIENT_DETAIL", "OTHER"] as const;

/**
 * Where a public idea comes from: `pipeline`, an Idea in the prefecture's review pipeline
 * (submitted on the site, or shortlisted from a workshop, with its status and answer); or
 * `workshop`, an idea as posted in a workshop session whose results are public, not taken
 * into the pipeline.
 */
export const IDEA_SOURCES = ["pipeline", "workshop"] as const;
export type IdeaSource = (typeof IDEA_SOURCES)[number];
