// The choices and limits of this domain's forms, apart from the schemas so that client components
// can import them without bundling zod.
export const FUNDING_ROUTES = ["CROWDFUNDING_FURUSATO_NOZEI", "CORPORATE_FURUSATO_NOZEI", "GRANT", "SPONSORSHIP"] as const;
export const ORGANISATION_TYPES = ["COMPANY", "NPO", "MUNICIPALITY", "UNIVERSITY", "FINANCIAL_INSTITUTION", "PREFECTURE", "OTHER"] as const;
