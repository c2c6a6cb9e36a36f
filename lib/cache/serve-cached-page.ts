// Serves anonymous visitors' public pages from memory, so a news spike costs one render per page
// and language every few seconds instead of one per visitor. Called from proxy.ts.
//
// Each page is rendered once with a nonce that never leaves the server. Every copy served gets a
// fresh nonce in its policy and in its script tags, so the Content-Security-Policy stays as strict
// as for a page rendered per request.
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { logger } from "@/lib/logging/logger";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/headers";
import { cacheablePageRequest, nonceOfPolicy, withNonce, type PageRequest } from "./anonymous-pages";
import { PageCache, type CachedPage, type FillResult } from "./page-cache";
import { setting } from "../env";

/** How long a rendered page is served, unless PAGE_CACHE_SECONDS says otherwise (0 turns it off). */
const DEFAULT_TTL_SECONDS = 10;
/**
 * About 40 MB of UTF-16 in memory at most: pages at their plain address get 32 MB (some 70 of the
 * largest, the dashboard's 220 kB; most pages are far smaller), pages with a query (a filtered
 * catalogue, a sorted KPI table) 8 MB, at most 10 queries of any one page.
 */
const PAGES = { maxEntries: 250, maxChars: 16_000_000 };
const VARIANTS = { maxEntries: 100, maxChars: 4_000_000, maxPerPage: 10 };
const MAX_BODY_CHARS = 2_000_000;
const FILL_TIMEOUT_MS = 15_000;

/** Marks the server's own request for a page it is about to cache. */
const FILL_HEADER = "x-page-cache-fill";

/** Headers that describe one connection or one response, not the page. */
const NOT_KEPT = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "set-cookie",
  "content-security-policy",
  "x-request-id",
]);

interface PageCacheState {
  cache: PageCache<Response>;
  fillToken: string;
}

function ttlSeconds(): number {
  return setting("PAGE_CACHE_SECONDS") ?? DEFAULT_TTL_SECONDS;
}

/** The origin the server reaches itself on; next start puts its port in PORT. */
function ownOrigin(): string | null {
  const port = setting("PORT");
  return setting("PAGE_CACHE_ORIGIN") ?? (port ? `http://127.0.0.1:${port}` : null);
}

let state: PageCacheState | undefined;
function pageCache(): PageCacheState {
  state ??= {
    cache: new PageCache<Response>({ ttlMs: ttlSeconds() * 1000, ...PAGES, variants: VARIANTS }),
    fillToken: crypto.randomUUID(),
  };
  return state;
}

/** True for the server's own fill request, which must be rendered, not answered from the cache. */
export function isPageCacheFill(headers: Headers): boolean {
  return state !== undefined && headers.get(FILL_HEADER) === state.fillToken;
}

function keptHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!NOT_KEPT.has(name)) kept[name] = value;
  });
  return kept;
}

async function render(url: URL, locale: string, request: PageRequest, fillToken: string): Promise<FillResult<Response>> {
  const response = await fetch(url, {
    headers: {
      [FILL_HEADER]: fillToken,
      "accept-language": locale,
      cookie: `${LOCALE_COOKIE}=${locale}`,
      "accept-encoding": "identity",
      "x-forwarded-host": request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host,
      "x-forwarded-proto": request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", ""),
    },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(FILL_TIMEOUT_MS),
  });
  const renderedNonce = nonceOfPolicy(response.headers.get("content-security-policy"));
  const cacheable =
    response.status === 200 &&
    renderedNonce !== null &&
    (response.headers.get("content-type") ?? "").startsWith("text/html") &&
    !response.headers.has("set-cookie");
  if (!cacheable) return { passthrough: response };

  const body = await response.text();
  if (body.length > MAX_BODY_CHARS) return { passthrough: new Response(body, response) };
  return { keep: { status: 200, body, nonce: renderedNonce, headers: keptHeaders(response.headers) } };
}

function servedCopy(page: CachedPage, requestId: string, outcome: string): Response {
  const nonce = createNonce();
  // Next names the nonce in headers too (a Link preload of the stylesheet).
  const headers = new Headers();
  for (const [name, value] of Object.entries(page.headers)) headers.set(name, withNonce(value, page.nonce, nonce));
  headers.set("content-security-policy", pageContentSecurityPolicy(nonce));
  headers.set("x-request-id", requestId);
  headers.set("x-page-cache", outcome);
  return new Response(withNonce(page.body, page.nonce, nonce), { status: page.status, headers });
}

/**
 * A rendered error page (a 404 for an unknown slug) is handed on once rather than rendered twice.
 * Redirects are not: their Location may name the server's own loopback origin.
 */
function passedOn(response: Response, requestId: string): Response | null {
  if (response.status >= 300 && response.status < 400) {
    void response.body?.cancel();
    return null;
  }
  const headers = new Headers(keptHeaders(response.headers));
  const policy = response.headers.get("content-security-policy");
  if (policy) headers.set("content-security-policy", policy);
  headers.set("x-request-id", requestId);
  headers.set("x-page-cache", "bypass");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The answer to a HEAD request: the same status and headers, and no body. */
function withoutBody(response: Response): Response {
  void response.body?.cancel();
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * The response for an anonymous visitor's public page, from the cache; or null when the request
 * does not qualify or the page cannot be had, and Next should render it as usual.
 */
export async function answerFromPageCache(request: PageRequest, requestId: string): Promise<Response | null> {
  if (process.env.NODE_ENV !== "production" || ttlSeconds() === 0) return null;
  const origin = ownOrigin();
  const cacheable = origin ? cacheablePageRequest(request) : null;
  if (!origin || !cacheable) return null;

  const { cache, fillToken } = pageCache();
  // The page is rendered without the parameters it does not read, so whoever fills the entry
  // cannot get their own junk into the copy everyone else is served.
  const url = new URL(cacheable.url, origin);
  try {
    const found = await cache.get(cacheable.key, () => render(url, cacheable.locale, request, fillToken), cacheable.variantOf);
    const answer = "page" in found ? servedCopy(found.page, requestId, found.outcome) : found.passthrough ? passedOn(found.passthrough, requestId) : null;
    return answer && request.method === "HEAD" ? withoutBody(answer) : answer;
  } catch (error) {
    logger.warn({ err: error, path: request.pathname }, "page cache fill failed; rendering directly");
    return null;
  }
}
