import { describe, expect, test } from "vitest";
import { cacheablePageRequest, nonceOfPolicy, withNonce, type PageRequest } from "@/lib/cache/anonymous-pages";
import { PageCache, type CachedPage, type FillResult } from "@/lib/cache/page-cache";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/headers";

/** Room for query variants that the tests of plain pages do not use. */
const VARIANTS = { maxEntries: 10, maxChars: 1_000, maxPerPage: 10 };
const page = (body: string): CachedPage => ({ status: 200, body, nonce: "n0", headers: { "content-type": "text/html" } });

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("PageCache", () => {
  test("serves a page from memory until its lifetime ends, then renders it again", async () => {
    const time = clock();
    const cache = new PageCache<string>({ ttlMs: 10_000, maxEntries: 10, maxChars: 1_000, variants: VARIANTS, now: time.now });
    let renders = 0;
    const fill = async (): Promise<FillResult<string>> => ({ keep: page(`render ${++renders}`) });

    expect(await cache.get("ja /", fill)).toMatchObject({ outcome: "miss", page: { body: "render 1" } });
    time.advance(9_999);
    expect(await cache.get("ja /", fill)).toMatchObject({ outcome: "hit", page: { body: "render 1" } });
    time.advance(1);
    expect(await cache.get("ja /", fill)).toMatchObject({ outcome: "miss", page: { body: "render 2" } });
  });

  test("a burst of visitors to a cold page waits for one render", async () => {
    const cache = new PageCache<string>({ ttlMs: 10_000, maxEntries: 10, maxChars: 1_000, variants: VARIANTS });
    let renders = 0;
    let finish!: () => void;
    const fill = () =>
      new Promise<FillResult<string>>((resolve) => {
        renders++;
        finish = () => resolve({ keep: page("once") });
      });

    const visitors = Array.from({ length: 50 }, () => cache.get("ja /dashboard", fill));
    finish();
    const answers = await Promise.all(visitors);
    expect(renders).toBe(1);
    expect(answers.map((a) => ("page" in a ? a.page.body : "no page"))).toEqual(Array(50).fill("once"));
    expect(cache.size).toBe(1);
  });

  test("an uncacheable page is handed on once; visitors who waited on it render for themselves", async () => {
    const cache = new PageCache<string>({ ttlMs: 10_000, maxEntries: 10, maxChars: 1_000, variants: VARIANTS });
    let finish!: () => void;
    const fill = () =>
      new Promise<FillResult<string>>((resolve) => {
        finish = () => resolve({ passthrough: "the 404 response" });
      });
    const [first, second] = [cache.get("ja /zukan/nope", fill), cache.get("ja /zukan/nope", fill)];
    finish();
    expect(await first).toEqual({ outcome: "bypass", passthrough: "the 404 response" });
    expect(await second).toEqual({ outcome: "bypass", passthrough: null });
    expect(cache.size).toBe(0);
  });

  test("a failed render is not kept, and the next visitor tries again", async () => {
    const cache = new PageCache<string>({ ttlMs: 10_000, maxEntries: 10, maxChars: 1_000, variants: VARIANTS });
    await expect(cache.get("ja /", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get("ja /", async () => ({ keep: page("back") }))).toMatchObject({ outcome: "miss" });
  });

  test("holds at most maxEntries pages and forgets the least recently used first", async () => {
    const cache = new PageCache<string>({ ttlMs: 10_000, maxEntries: 2, maxChars: 1_000, variants: VARIANTS });
    const fill = (body: string) => async (): Promise<FillResult<string>> => ({ keep: page(body) });
    await cache.get("a", fill("a"));
    await cache.get("b", fill("b"));
    await cache.get("a", fill("a again")); // a is now the most recent
    await cache.get("c", fill("c"));
    expect(cache.size).toBe(2);
    expect(await cache.get("a", fill("a again"))).toMatchObject({ outcome: "hit", page: { body: "a" } });
    expect(await cache.get("b", fill("b again"))).toMatchObject({ outcome: "miss", page: { body: "b again" } });
  });
});

test("holds at most maxChars of HTML: big pages push out the oldest, and a page over the budget is not kept", async () => {
  const cache = new PageCache<string>({ ttlMs: 10_000, maxEntries: 10, maxChars: 100, variants: VARIANTS });
  const fill = (body: string) => async (): Promise<FillResult<string>> => ({ keep: page(body) });
  await cache.get("a", fill("a".repeat(40)));
  await cache.get("b", fill("b".repeat(40)));
  await cache.get("c", fill("c".repeat(40)));
  expect(cache.size).toBe(2);
  expect(cache.heldChars).toBe(80);
  expect(await cache.get("a", fill("a"))).toMatchObject({ outcome: "miss" });

  expect(await cache.get("huge", fill("h".repeat(101)))).toMatchObject({ outcome: "miss" });
  expect(await cache.get("huge", fill("h"))).toMatchObject({ outcome: "miss", page: { body: "h" } });
  expect(cache.heldChars).toBeLessThanOrEqual(100);
});

const DOCUMENT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

describe("which requests may be answered from the page cache", () => {
  const request = (overrides: Partial<PageRequest> & { headers?: Headers } = {}): PageRequest => ({
    method: "GET",
    pathname: "/dashboard",
    search: "",
    headers: new Headers({ accept: DOCUMENT, "accept-language": "ja,en;q=0.8" }),
    cookies: [],
    ...overrides,
  });

  test.each([
    "/",
    "/accessibility",
    "/privacy",
    "/terms",
    "/contact",
    "/dashboard",
    "/dashboard/kpis/gross-prefectural-product",
    "/dashboard/goals/11",
    "/zukan",
    "/zukan/some-project",
    "/workshops/series/maebashi",
    "/netsugen",
    "/netsugen/spaces/meeting-room-a",
    "/netsugen/events/open-day",
  ])("anonymous first loads of the public page %s", (pathname) => {
    expect(cacheablePageRequest(request({ pathname }))).toEqual({ key: `ja ${pathname}`, locale: "ja", url: pathname, variantOf: null });
  });

  test.each([
    "/signin",
    "/signup",
    "/w",
    "/w/YUKE26",
    "/ideas/mine",
    "/ideas/new",
    "/notifications",
    "/netsugen/bookings",
    "/netsugen/events/cancel",
    "/zukan/invitation",
    "/staff",
    "/staff/kpis",
    "/admin/users",
    "/dashboardx",
    "/zukan/a/b",
    "/mail/unsubscribe",
  ])("never %s: personal, signed-in or a form", (pathname) => {
    expect(cacheablePageRequest(request({ pathname }))).toBeNull();
  });

  test("the language comes from the cookie, then the browser, then Japanese", () => {
    expect(cacheablePageRequest(request({ cookies: [{ name: "NEXT_LOCALE", value: "en" }] }))?.key).toBe("en /dashboard");
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: DOCUMENT, "accept-language": "en-GB" }) }))?.key).toBe("en /dashboard");
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: DOCUMENT }) }))?.key).toBe("ja /dashboard");
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: DOCUMENT, "accept-language": "fr" }) }))?.key).toBe("ja /dashboard");
  });

  test("anyone signed in, joined to a workshop or holding any other cookie gets their own render", () => {
    for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token", "ykm_wp_session-id", "x"]) {
      expect(cacheablePageRequest(request({ cookies: [{ name, value: "v" }] })), name).toBeNull();
    }
    for (const name of ["next-auth.csrf-token", "__Host-next-auth.csrf-token", "next-auth.callback-url", "__Secure-next-auth.callback-url"]) {
      expect(cacheablePageRequest(request({ cookies: [{ name, value: "v" }] })), name).not.toBeNull();
    }
  });

  test("client navigations, prefetches, server actions, fetches and other methods are not first loads", () => {
    for (const name of ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"]) {
      expect(cacheablePageRequest(request({ headers: new Headers({ accept: DOCUMENT, [name]: "1" }) })), name).toBeNull();
    }
    // What Next's router and actions send once Next has stripped their own headers.
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: "*/*", "sec-fetch-dest": "empty" }) }))).toBeNull();
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: "text/x-component" }) }))).toBeNull();
    // A fetch() that happens to accept HTML is still not a page load.
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: DOCUMENT, "sec-fetch-dest": "empty" }) }))).toBeNull();
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: DOCUMENT, "sec-fetch-dest": "document" }) }))).not.toBeNull();
    expect(cacheablePageRequest(request({ search: "?_rsc=abc" }))).toBeNull();
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) expect(cacheablePageRequest(request({ method }))).toBeNull();
  });

  test("HEAD shares GET's copy, so it cannot make the server render again and again", () => {
    expect(cacheablePageRequest(request({ method: "HEAD" }))).toEqual(cacheablePageRequest(request({ method: "GET" })));
  });

  test.each([
    ["curl", { accept: "*/*", "user-agent": "curl/8.5.0" }],
    ["Slack's link preview", { accept: "*/*", "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" }],
    ["LINE's link preview", { accept: "*/*", "user-agent": "facebookexternalhit/1.1;line-poker/1.0" }],
    ["Googlebot", { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" }],
    ["a client that names no type", { "user-agent": "Twitterbot/1.0" }],
    ["a client that asks for HTML", { accept: "text/html" }],
  ])("%s (no Sec-Fetch-* headers: not a browser) gets the cached page", (_, headers) => {
    expect(cacheablePageRequest(request({ headers: new Headers(headers) }))).toMatchObject({ key: "ja /dashboard", url: "/dashboard" });
  });

  test("a client without Sec-Fetch-* that asks for something other than HTML does not", () => {
    for (const accept of ["text/x-component", "application/json", "image/webp"]) {
      expect(cacheablePageRequest(request({ headers: new Headers({ accept }) })), accept).toBeNull();
    }
  });

  test("a browser gets it only for a page load: Sec-Fetch-Dest document, asking for HTML", () => {
    for (const destination of ["empty", "iframe", "script", "image"]) {
      for (const accept of [DOCUMENT, "*/*"]) {
        expect(cacheablePageRequest(request({ headers: new Headers({ accept, "sec-fetch-dest": destination }) })), `${destination} ${accept}`).toBeNull();
      }
    }
    expect(cacheablePageRequest(request({ headers: new Headers({ accept: "*/*", "sec-fetch-dest": "document" }) }))).toBeNull();
  });

  test("very long URLs are rendered, not cached", () => {
    expect(cacheablePageRequest(request({ pathname: "/zukan", search: `?q=${"x".repeat(600)}` }))).toBeNull();
    // A long query the page does not read is dropped, and the page comes from the cache.
    expect(cacheablePageRequest(request({ search: `?utm_content=${"x".repeat(600)}` }))?.key).toBe("ja /dashboard");
  });
});

describe("a cached page gets this response's nonce", () => {
  test("every occurrence of the rendering nonce is replaced, and the policy names the new one", () => {
    const rendered = createNonce();
    const html = `<script nonce="${rendered}" src="/a.js"></script><script nonce="${rendered}">self.__next_f.push([1,"x"])</script>`;
    const fresh = createNonce();
    const served = withNonce(html, rendered, fresh);
    expect(served).not.toContain(rendered);
    expect(served.match(new RegExp(`nonce="${fresh}"`, "g"))).toHaveLength(2);
    expect(nonceOfPolicy(pageContentSecurityPolicy(fresh))).toBe(fresh);
  });

  test("a policy without a nonce has none to read", () => {
    expect(nonceOfPolicy("default-src 'none'; sandbox")).toBeNull();
    expect(nonceOfPolicy(null)).toBeNull();
  });
});
