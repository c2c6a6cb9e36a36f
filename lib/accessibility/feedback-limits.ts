// Limits of the accessibility feedback form, without zod, so the form's client component can read
// them without bringing the validation library into the page's JavaScript. The table's CHECK
// constraints hold the same numbers.
export const FEEDBACK_LIMITS = { pageUrl: 500, description: 2000, assistiveTech: 200 } as const;
