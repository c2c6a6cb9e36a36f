// Which requests may be answered from the page cache. Only anonymous first loads of public pages
// qualify: their HTML depends on nothing but the path, the query and the language. Pure: no I/O,
// no Next imports, so the rules are unit-tested as a table.
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";

/**
 * The public pages. The event-cancel page is left out on purpose: it is opened from an e-mail
 * with a personal token in its query.
 */
const PUBLIC_PAGE =
  /^\/(?:|accessibility|privacy|terms|contact|(?:dashboard|zukan|workshops)(?:\/[^/]+)*|netsugen|netsugen\/spaces\/[^/]+|netsugen\/events\/(?!cancel$)[^/]+)$/;

/** Cookies an anonymous visitor may carry: the language, and next-auth's pre-sign-in cookies. */
const ANONYMOUS_COOKIE = new RegExp(
  `^(?:${LOCALE_COOKIE}|(?:__Host-|__Secure-)?next-auth\\.(?:csrf-token|callback-url))$`,
);

/**
 * Headers of Next's client navigations, prefetches and server actions. Next strips them before
 * proxy.ts runs (and `_rsc` from the URL), so they are checked only in case that changes; what
 * tells a first load apart is below, in what the browser says it wants.
 */
const CLIENT_ROUTER_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

/**
 * A browser loading a page asks for HTML; Next's router fetches its payload accepting any type,
 * with `Sec-Fetch-Dest: empty`. Only a request for a document may get cached HTML.
 */
function wantsDocument(headers: Headers): boolean {
  const destination = headers.get("sec-fetch-dest");
  return (headers.get("accept") ?? "").includes("text/html") && (destination === null || destination === "document");
}

/** Longer URLs are rare and would only crowd the cache. */
const MAX_URL_LENGTH = 512;

export interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  cookies: { name: string; value: string }[];
}

export interface CacheableRequest {
  key: string;
  locale: Locale;
}

/** The cache key and language of a request whose page may come from the cache, or null. */
export function cacheablePageRequest(request: PageRequest): CacheableRequest | null {
  if (request.method !== "GET") return null;
  if (!PUBLIC_PAGE.test(request.pathname)) return null;
  if (request.pathname.length + request.search.length > MAX_URL_LENGTH) return null;
  if (new URLSearchParams(request.search).has("_rsc")) return null;
  if (CLIENT_ROUTER_HEADERS.some((name) => request.headers.has(name))) return null;
  if (!wantsDocument(request.headers)) return null;
  if (!request.cookies.every((cookie) => ANONYMOUS_COOKIE.test(cookie.name))) return null;

  const locale = negotiateLocale({
    cookie: request.cookies.find((cookie) => cookie.name === LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  return { key: `${locale} ${request.pathname}${request.search}`, locale };
}

/**
 * The cached HTML with the nonce it was rendered with replaced by this response's own. The
 * rendering nonce never leaves the server, so injected markup cannot carry it.
 */
export function withNonce(body: string, renderedNonce: string, nonce: string): string {
  return body.replaceAll(renderedNonce, nonce);
}

/** The nonce a page policy grants, read back from the Content-Security-Policy header. */
export function nonceOfPolicy(policy: string | null): string | null {
  return policy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1] ?? null;
}
