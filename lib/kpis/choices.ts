// The choices and limits of this domain's forms, apart from the schemas so that client components
// can import them without bundling zod.
export const OBSERVATION_STATUSES = ["PRELIMINARY", "FINAL", "ESTIMATE", "REVISED"] as const;
export type ObservationStatusValue = (typeof OBSERVATION_STATUSES)[number];

/** The first fiscal year staff may record: nothing in the plan's tables is older. */
export const FIRST_RECORDABLE_FISCAL_YEAR = 2010;
export const NOTE_MAX = 2000;
export const URL_MAX = 2000;
