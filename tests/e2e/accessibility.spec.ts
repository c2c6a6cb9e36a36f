// The accessibility sweep (JIS X 8341-3:2016 AA / WCAG 2.2 AA): axe-core on every page of the site,
// in Japanese and in English, signed out and as each role. The gate: no serious or critical
// violation. Moderate and minor findings are printed, so they can be read and fixed, not hidden.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCESSIBILITY_SWEEP } from "../../lib/accessibility/sweep-results";
import { DEMO, signIn } from "./fixtures";
import { sitePages, type SitePage, type Viewer } from "./site-map";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LOCALES = ["ja", "en"] as const;

/** Besides the pages that are theirs, the public pages whose content changes for a signed-in person. */
const SIGNED_IN_VIEWS_OF_PUBLIC_PAGES = ["/", "/zukan/[slug]", "/netsugen/events/[slug]", "/netsugen/spaces/[slug]"];

function pagesFor(viewer: Viewer, all: SitePage[]): SitePage[] {
  if (viewer === "anonymous") return all.filter((p) => p.viewer === "anonymous");
  const own = all.filter((p) => p.viewer === viewer || (viewer === "admin" && p.viewer === "staff" && p.route === "/staff"));
  return [...all.filter((p) => SIGNED_IN_VIEWS_OF_PUBLIC_PAGES.includes(p.route)), ...own];
}

async function switchLocale(page: Page, locale: (typeof LOCALES)[number]) {
  const url = new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
}

/** What the sweep saw, to compare with the figures the accessibility statement publishes. */
const tally = { routes: new Set<string>(), pageViews: 0, seriousOrCritical: 0, moderateOrMinor: 0 };
/** Each route's document title in each language, for the check that no two pages share one. */
const titles = new Map<string, string>();

async function sweep(page: Page, pages: SitePage[], label: string) {
  const blocking: string[] = [];
  const minor: string[] = [];
  // Client components get only their area's messages (components/i18n/client-messages.tsx): a
  // namespace left out shows up here as next-intl's MISSING_MESSAGE error in the browser.
  const missingMessages: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("MISSING_MESSAGE")) missingMessages.push(`${page.url()}: ${message.text().slice(0, 200)}`);
  });
  for (const locale of LOCALES) {
    await switchLocale(page, locale);
    for (const { path, route } of pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${label} ${locale} ${path}`).toBeLessThan(400);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      titles.set(`${locale} ${route}`, await page.title());
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const violation of results.violations) {
        const line = `${locale} ${path}: [${violation.impact}] ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(" ")}`;
        (violation.impact === "serious" || violation.impact === "critical" ? blocking : minor).push(line);
      }
    }
  }
  for (const p of pages) tally.routes.add(p.route);
  tally.pageViews += pages.length * LOCALES.length;
  tally.seriousOrCritical += blocking.length;
  tally.moderateOrMinor += minor.length;
  console.log(`[axe] ${label}: ${pages.length} pages × ${LOCALES.length} languages, ${blocking.length} serious or critical, ${minor.length} moderate or minor`);
  for (const line of minor) console.log(`[axe]   ${line}`);
  expect(blocking).toEqual([]);
  expect(missingMessages).toEqual([]);
}

const VIEWERS: Viewer[] = ["anonymous", "resident", "member", "facilitator", "staff", "admin"];

for (const viewer of VIEWERS) {
  test(`axe: every page ${viewer === "anonymous" ? "signed out" : `as ${viewer}`}, in Japanese and English`, async ({ page, request }) => {
    test.setTimeout(360_000);
    const pages = pagesFor(viewer, await sitePages(request));
    if (viewer !== "anonymous") await signIn(page, DEMO[viewer]);
    await sweep(page, pages, viewer);
  });
}

test("every page has a title of its own, in each language", () => {
  test.skip(titles.size === 0, "runs only after the sweep above, in the same run");
  const routesByTitle = new Map<string, string[]>();
  for (const [route, title] of titles) routesByTitle.set(title, [...(routesByTitle.get(title) ?? []), route]);
  const shared = [...routesByTitle].filter(([, routes]) => routes.length > 1).map(([title, routes]) => `${title}: ${routes.join(", ")}`);
  expect(shared).toEqual([]);
});

test("the accessibility statement publishes the figures of this sweep", async ({ page }) => {
  test.skip(tally.pageViews === 0, "runs only after the sweep above, in the same run");
  expect({ pages: tally.routes.size, pageViews: tally.pageViews, seriousOrCritical: tally.seriousOrCritical, moderateOrMinor: tally.moderateOrMinor }).toEqual({
    pages: ACCESSIBILITY_SWEEP.pages,
    pageViews: ACCESSIBILITY_SWEEP.pageViews,
    seriousOrCritical: ACCESSIBILITY_SWEEP.seriousOrCritical,
    moderateOrMinor: ACCESSIBILITY_SWEEP.moderateOrMinor,
  });
  await page.goto("/accessibility");
  await expect(page.getByRole("heading", { level: 1, name: "ウェブアクセシビリティ方針" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`${ACCESSIBILITY_SWEEP.pages}ページ × 2言語`);
});
