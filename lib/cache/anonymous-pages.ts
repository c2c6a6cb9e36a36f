// Which requests may be answered from the page cache. Only anonymous first loads of public pages
// qualify: their HTML depends on nothing but the path, the query and the language. Pure: no I/O,
// no Next imports, so the rules are unit-tested as a table.
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";

/** The parameters of the KPI table (lib/kpis/table.ts, parseTableQuery). */
const KPI_TABLE = ["sort", "dir", "grade", "pillar", "goal"] as const;
/** The catalogue's filters (lib/projects/catalogue-schema.ts). */
const CATALOGUE = ["show", "q", "area", "municipality", "sdg", "stage", "need", "sort", "page"] as const;

export interface CachedRoute {
  /** As in app/: a `[name]` segment stands for any one segment. */
  route: string;
  /**
   * The query parameters the page reads. Any other parameter (utm_source, fbclid, a cache-buster)
   * changes nothing in the HTML, so it is left out of the key and out of the render: one copy
   * serves them all, and junk in the address cannot multiply renders or cache entries. Naming a
   * parameter the page does not read only costs cache space; leaving out one it reads would serve
   * the wrong page, so a page that starts reading its query must be listed with it here.
   */
  parameters: readonly string[];
}

/**
 * The public pages. The event-cancel page, the team-invitation page and the unsubscribe page are
 * left out on purpose: they are opened from an e-mail with a personal token in their query.
 */
export const CACHED_ROUTES: readonly CachedRoute[] = [
  { route: "/", parameters: [] },
  { route: "/accessibility", parameters: [] },
  { route: "/privacy", parameters: [] },
  { route: "/terms", parameters: [] },
  { route: "/contact", parameters: [] },
  { route: "/dashboard", parameters: KPI_TABLE },
  { route: "/dashboard/method", parameters: [] },
  { route: "/dashboard/goals/[goal]", parameters: KPI_TABLE },
  { route: "/dashboard/pillars/[pillar]", parameters: KPI_TABLE },
  { route: "/dashboard/kpis/[code]", parameters: [] },
  { route: "/zukan", parameters: CATALOGUE },
  { route: "/zukan/[slug]", parameters: [] },
  { route: "/workshops", parameters: [] },
  { route: "/workshops/series/[slug]", parameters: [] },
  { route: "/workshops/sessions/[id]", parameters: [] },
  { route: "/netsugen", parameters: [] },
  // `change` is read only for a signed-in member, who is never served from the cache.
  { route: "/netsugen/spaces/[slug]", parameters: ["date"] },
  { route: "/netsugen/events/[slug]", parameters: [] },
];

/** Static pages that a dynamic route above would otherwise match. */
const NEVER_CACHED = new Set(["/netsugen/events/cancel", "/zukan/invitation"]);

const ROUTE_PATTERNS = CACHED_ROUTES.map((cached) => ({
  pattern: new RegExp(`^${cached.route.replace(/\[[^\]/]+\]/g, "[^/]+")}$`),
  parameters: [...cached.parameters].sort(),
}));

/** The parameters the page at `pathname` reads, or null when it is not a cached page. */
function parametersOf(pathname: string): readonly string[] | null {
  if (NEVER_CACHED.has(pathname)) return null;
  return ROUTE_PATTERNS.find((route) => route.pattern.test(pathname))?.parameters ?? null;
}

/**
 * The query as the page sees it: only the parameters it reads, in one order, each once. Pages
 * read the first of a repeated parameter and treat an empty one as absent, so those are
 * dropped too, and `?b=2&a=1`, `?a=1&b=2&a=3` and `?a=1&b=2&c=` are one key.
 */
function meaningfulSearch(search: string, parameters: readonly string[]): string {
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of parameters) {
    const value = given.get(name);
    if (value) kept.set(name, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : "";
}

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
 * A browser loading a page asks for HTML with `Sec-Fetch-Dest: document`; Next's router fetches
 * its payload accepting any type, with `Sec-Fetch-Dest: empty`. Every browser Next 16 supports
 * (Chrome and Firefox 111, Safari 16.4) sends Sec-Fetch-* over HTTPS and to localhost, so a
 * request without them is not the router but a crawler, a link preview (Slack, LINE, Facebook)
 * or curl, and those take HTML even when they accept any type or name none. They get the
 * same copy as a browser, with its own fresh nonce and the same policy. (Over plain HTTP to
 * another host, browsers send no Sec-Fetch-*: there a router fetch would get HTML, and Next would
 * fall back to loading the page in full. Production is HTTPS.)
 */
function wantsDocument(headers: Headers): boolean {
  const destination = headers.get("sec-fetch-dest");
  const accept = headers.get("accept");
  if (destination !== null) return destination === "document" && (accept ?? "").includes("text/html");
  return accept === null || accept.includes("text/html") || accept.includes("*/*");
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
  /** What to render: the path and the query the page reads. */
  url: string;
  /** For a page with a query, the key of the same page without one; null for that page itself. */
  variantOf: string | null;
}

/** The cache key and language of a request whose page may come from the cache, or null. */
export function cacheablePageRequest(request: PageRequest): CacheableRequest | null {
  // HEAD is a GET without the body (link checkers, monitors): it is answered from the same copy,
  // so it cannot be used to make the server render a page over and over.
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const parameters = parametersOf(request.pathname);
  if (!parameters) return null;
  if (new URLSearchParams(request.search).has("_rsc")) return null;
  const search = meaningfulSearch(request.search, parameters);
  if (request.pathname.length + search.length > MAX_URL_LENGTH) return null;
  if (CLIENT_ROUTER_HEADERS.some((name) => request.headers.has(name))) return null;
  if (!wantsDocument(request.headers)) return null;
  if (!request.cookies.every((cookie) => ANONYMOUS_COOKIE.test(cookie.name))) return null;

  const locale = negotiateLocale({
    cookie: request.cookies.find((cookie) => cookie.name === LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const page = `${locale} ${request.pathname}`;
  return { key: `${page}${search}`, locale, url: `${request.pathname}${search}`, variantOf: search ? page : null };
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
