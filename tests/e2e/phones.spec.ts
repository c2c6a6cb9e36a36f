// Nothing collapses on a phone: every page of the site at 360 and 390 px, in Japanese and English,
// signed out and as each role. (a) The page never scrolls sideways: wide tables scroll inside their
// own frame. (b) No number, date or Latin word in a table cell or a badge is split across lines
// ("94,/117/.33"): each such token, measured with Range.getClientRects, lies on one line.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, setLocale, signIn } from "./fixtures";
import { sitePages, type SitePage, type Viewer } from "./site-map";

const WIDTHS = [360, 390] as const;
const LOCALES = ["ja", "en"] as const;
const VIEWERS: Viewer[] = ["anonymous", "resident", "member", "facilitator", "staff", "admin"];

/** Runs in the browser: what collapses on the page as it is laid out now. */
function collapsed(): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const pageWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
  if (pageWidth > viewport) {
    // Name the culprits: the outermost elements that stick out and are not inside a scroll frame.
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > viewport + 0.5 && !clipped(el));
    const outermost = wide.filter((el) => !wide.some((other) => other !== el && other.contains(el)));
    problems.push(`page is ${pageWidth}px wide at ${viewport}px: ${outermost.slice(0, 3).map(describe).join(", ")}`);
  }
  // Tokens a reader takes in at a glance: numbers with their separators, and Latin words.
  const TOKEN = /\d+(?:[,.:/]\d+)*|[A-Za-z]+(?:['’][A-Za-z]+)*/g;
  const cells = document.querySelectorAll("td, th, span[class*='rounded-'][class*='px-']");
  for (const cell of cells) {
    if (cell.closest(".sr-only") || cell.getBoundingClientRect().width <= 1) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const match of text.matchAll(TOKEN)) {
        if (match[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) {
          problems.push(`"${match[0]}" split across ${new Set(tops.map(Math.round)).size} lines in ${describe(cell)}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

function pagesFor(viewer: Viewer, all: SitePage[]): SitePage[] {
  return all.filter((p) => p.viewer === viewer);
}

async function walk(page: Page, pages: SitePage[]): Promise<string[]> {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    await setLocale(page, locale);
    for (const { path } of pages) {
      // One load per page and language; the second width is a resize, which re-lays the page out.
      await page.setViewportSize({ width: WIDTHS[0], height: 800 });
      const response = await page.goto(path);
      expect(response?.status(), `${locale} ${path}`).toBeLessThan(400);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        for (const problem of await page.evaluate(collapsed)) problems.push(`${width}px ${locale} ${path}: ${problem}`);
      }
    }
  }
  return problems;
}

for (const viewer of VIEWERS) {
  test(`phones: nothing collapses at ${WIDTHS.join(" and ")} px ${viewer === "anonymous" ? "signed out" : `as ${viewer}`}`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const pages = pagesFor(viewer, await sitePages(request));
    expect(pages.length).toBeGreaterThan(0);
    if (viewer !== "anonymous") await signIn(page, DEMO[viewer]);
    expect(await walk(page, pages)).toEqual([]);
  });
}
