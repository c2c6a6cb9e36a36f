// Every public page, in each language, reads as that language only and names its sources as a
// reader can look them up: no curators' notes, seed files, line numbers or README. Text marked as
// another language (people's posts, names shown in both scripts) is left out, as a screen reader
// would switch voice for it.
import { expect, test, type Page } from "@playwright/test";
import { foreignText } from "./language-scan";
import { sitePages } from "./site-map";

const LOCALES = ["ja", "en"] as const;

async function visibleTextInPageLanguage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    for (const element of document.body.querySelectorAll<HTMLElement>("[lang]")) {
      if (!element.lang.startsWith(pageLang)) element.style.display = "none";
    }
    return document.body.innerText;
  });
}

test("public pages show no other language's sentences and no curators' references", async ({ page, request }) => {
  test.setTimeout(240_000);
  const pages = (await sitePages(request)).filter((p) => p.viewer === "anonymous");
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const url = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1");
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
    for (const { path } of pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${locale} ${path}`).toBeLessThan(400);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      // Line by line, so a failure shows each offending line once, in its context.
      const lines = new Set((await visibleTextInPageLanguage(page)).split("\n"));
      for (const line of lines) {
        const found = foreignText(locale, line);
        if (found.length > 0) problems.push(`${locale} ${path}: [${found.join(" | ")}] in "${line.trim().slice(0, 200)}"`);
      }
    }
  }
  expect(problems).toEqual([]);
});
