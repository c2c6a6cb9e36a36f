// Lighthouse's mobile profile on the production build: a mid-range phone on slow 4G with a CPU
// four times slower than this machine's, simulated (Lighthouse's default), so the scores do not
// swing with the load on this machine. Debian's Chromium runs it; nothing is downloaded.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/** The pages a resident meets first, and their targets. */
export const LIGHTHOUSE_PAGES = ["/", "/dashboard", "/zukan", "/netsugen", "/w/YUKE26"];
export const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100 } as const;

export interface LighthouseFigures {
  path: string;
  performance: number;
  accessibility: number;
  /** Milliseconds, from the simulated phone. */
  firstContentfulPaint: number;
  largestContentfulPaint: number;
  totalBlockingTime: number;
  cumulativeLayoutShift: number;
  /** Bytes the page transferred. */
  transferBytes: number;
}

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function lighthouseFigures(base: string, pages: readonly string[] = LIGHTHOUSE_PAGES): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const figures: LighthouseFigures[] = [];
    for (const page of pages) {
      // One warm-up load, so the page cache holds the page as it would for any visitor after the first.
      await fetch(`${base}${page}`, { headers: { accept: "text/html", "accept-language": "ja" } });
      const run = await lighthouse(`${base}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], locale: "ja" });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { categories, audits } = run.lhr;
      const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      figures.push({
        path: page,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        firstContentfulPaint: value("first-contentful-paint"),
        largestContentfulPaint: value("largest-contentful-paint"),
        totalBlockingTime: value("total-blocking-time"),
        cumulativeLayoutShift: value("cumulative-layout-shift"),
        transferBytes: value("total-byte-weight"),
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}

export function printLighthouse(figures: readonly LighthouseFigures[]): void {
  const { performance, accessibility } = LIGHTHOUSE_TARGETS;
  console.log(`\nLighthouse, mobile profile (simulated slow 4G, 4× CPU slowdown); targets: performance ≥ ${performance}, accessibility ${accessibility}`);
  console.log(`  ${"page".padEnd(14)}${"perf".padStart(6)}${"a11y".padStart(6)}${"FCP ms".padStart(9)}${"LCP ms".padStart(9)}${"TBT ms".padStart(9)}${"CLS".padStart(7)}${"kB".padStart(7)}`);
  for (const f of figures) {
    const verdict = f.performance >= performance && f.accessibility >= accessibility ? "✓" : "✗";
    console.log(
      `  ${f.path.padEnd(14)}${String(f.performance).padStart(6)}${String(f.accessibility).padStart(6)}${f.firstContentfulPaint.toFixed(0).padStart(9)}${f.largestContentfulPaint.toFixed(0).padStart(9)}${f.totalBlockingTime.toFixed(0).padStart(9)}${f.cumulativeLayoutShift.toFixed(3).padStart(7)}${(f.transferBytes / 1024).toFixed(0).padStart(7)}  ${verdict}`,
    );
  }
}
