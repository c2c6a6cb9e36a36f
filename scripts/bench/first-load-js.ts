// First-load JavaScript of a page: every script its HTML makes a modern browser fetch, gzip'd as
// a server would send it. Read from a running production server and the build's own files, so it
// is what a phone downloads, not an estimate.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const JS_BUDGET_KB = 150;

/** The public pages, where the budget applies. */
export const PUBLIC_PAGES = [
  "/",
  "/dashboard",
  "/dashboard/method",
  "/dashboard/goals/11",
  "/dashboard/kpis/gross-prefectural-product",
  "/zukan",
  "/workshops",
  "/w",
  "/w/YUKE26",
  "/netsugen",
  "/netsugen/spaces/meeting-room-a",
  "/signin",
  "/signup",
  "/accessibility",
];

export async function firstLoadJs(base: string, pages: readonly string[]): Promise<{ path: string; gzipKb: number; files: number }[]> {
  const sizes = new Map<string, number>();
  const gzipped = (src: string) => {
    let size = sizes.get(src);
    if (size === undefined) {
      const file = path.join(".next", "static", decodeURIComponent(src.replace(/^\/_next\/static\//, "").split("?")[0]!));
      size = gzipSync(readFileSync(file)).length;
      sizes.set(src, size);
    }
    return size;
  };
  const results = [];
  for (const page of pages) {
    const response = await fetch(`${base}${page}`, { headers: { "accept-language": "ja" } });
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    const html = await response.text();
    // noModule scripts are polyfills that modern browsers skip.
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
    const scripts = new Set(tags.flatMap((tag) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []));
    const bytes = [...scripts].reduce((sum, src) => sum + gzipped(src), 0);
    results.push({ path: page, gzipKb: bytes / 1024, files: scripts.size });
  }
  return results;
}
