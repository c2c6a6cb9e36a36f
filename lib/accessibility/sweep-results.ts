// The figures the accessibility statement publishes: those of the automated sweep
// (tests/e2e/accessibility.spec.ts), which CI runs on every change and which fails on any serious
// or critical violation. Update them from the sweep's printed summary when pages are added.
export const ACCESSIBILITY_SWEEP = {
  /** The day these figures were read off the sweep (Asia/Tokyo). */
  checkedOn: "2026-12-06",
  axeCoreVersion: "4.13",
  /** Every page of the site (tests/e2e/site-map.ts), each in both languages. */
  pages: 58,
  languages: 2,
  /** Signed out, resident, NETSUGEN member, facilitator, staff, administrator. */
  viewpoints: 6,
  pageViews: 158,
  seriousOrCritical: 0,
  moderateOrMinor: 0,
  keyboardJourneys: 4,
} as const;
