// Security headers (OWASP ASVS V14.4) on every kind of response of the production server, and a
// Content-Security-Policy that the browser enforces without breaking the pages.
import { expect, test, type APIResponse, type Response } from "@playwright/test";
import { ACTION_BODY_LIMIT_BYTES, API_BODY_LIMIT_BYTES } from "../../lib/security/body-limit";
import { DEMO, signIn } from "./fixtures";
import { pageRoutes, sitePages } from "./site-map";

type Headers = Record<string, string>;
const headersOf = (response: APIResponse | Response | null): Headers => {
  if (!response) throw new Error("no response");
  return response.headers();
};

function expectCommonHeaders(headers: Headers, where: string) {
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["x-frame-options"], where).toBe("DENY");
  // The production server runs in production mode, where HSTS is sent.
  expect(headers["strict-transport-security"], where).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
}

/** The page's policy, and its nonce, which every script tag of the HTML must carry. */
function expectPagePolicy(headers: Headers, html: string, where: string): string {
  const policy = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(policy)?.[1];
  expect(nonce, `${where}: a nonce in the policy`).toBeTruthy();
  expect(policy, where).toContain("frame-ancestors 'none'");
  expect(policy, where).toContain("object-src 'none'");
  expect(policy, where).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, where).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, `${where}: every script carries the nonce`).toContain(`nonce="${nonce}"`);
  // Wherever Next names a nonce (attributes, its flight data, the Link header), it is this one.
  for (const text of [html, headers["link"] ?? ""]) {
    for (const named of text.matchAll(NAMED_NONCE)) expect(named[1], `${where}: every nonce named is the policy's`).toBe(nonce);
  }
  return nonce!;
}

const NAMED_NONCE = /nonce[\\"=:]{1,6}([A-Za-z0-9_+/=-]{16,})/g;

/** An HTML page with its nonces blanked, to compare two copies of one page. */
const withoutNonces = (html: string) => html.replace(NAMED_NONCE, "nonce=N");

test("the site map used by the sweeps lists every page of the app", async ({ request }) => {
  const mapped = (await sitePages(request)).map((p) => p.route).sort();
  expect(mapped).toEqual(pageRoutes());
});

test("every public page has the security headers and a fresh script nonce", async ({ request }) => {
  test.setTimeout(120_000);
  const pages = (await sitePages(request)).filter((p) => p.viewer === "anonymous");
  // Each page as rendered (a browser's fetch, never cached), and as a page load gets it (from the
  // page cache, where it may be).
  const kinds: Record<string, string>[] = [{ accept: "*/*", "sec-fetch-dest": "empty" }, { accept: "text/html,*/*;q=0.8" }];
  for (const page of pages) {
    for (const kind of kinds) {
      const response = await request.get(page.path, { headers: kind });
      const where = `${page.path} (${JSON.stringify(kind)})`;
      expect(response.status(), where).toBe(200);
      const headers = headersOf(response);
      expectCommonHeaders(headers, where);
      expectPagePolicy(headers, await response.text(), where);
    }
  }
  const home = await request.get("/");
  const first = expectPagePolicy(headersOf(home), await home.text(), "/");
  const again = /'nonce-([^']+)'/.exec(headersOf(await request.get("/"))["content-security-policy"]!)?.[1];
  expect(again).not.toBe(first);
});

test("anonymous visitors get public pages from the page cache, each copy with its own nonce", async ({ playwright, page, baseURL }) => {
  // A browser's page load asks for HTML; Next's own payload fetches do not, and are never cached.
  const visitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { accept: "text/html,*/*;q=0.8" } });
  const first = await visitor.get("/zukan");
  const second = await visitor.get("/zukan");
  expect(headersOf(second)["x-page-cache"]).toBe("hit");
  const [firstHtml, secondHtml] = [await first.text(), await second.text()];
  const firstNonce = expectPagePolicy(headersOf(first), firstHtml, "/zukan, first");
  const secondNonce = expectPagePolicy(headersOf(second), secondHtml, "/zukan, from the cache");
  expect(secondNonce).not.toBe(firstNonce);
  expect(withoutNonces(secondHtml)).toBe(withoutNonces(firstHtml));
  expect(headersOf(second)["x-request-id"]).not.toBe(headersOf(first)["x-request-id"]);

  // Each language is its own copy.
  const english = await visitor.get("/zukan", { headers: { "accept-language": "en" } });
  expect(await english.text()).toContain('<html lang="en"');
  expect(secondHtml).toContain('<html lang="ja"');

  // Crawlers and link previews (no Sec-Fetch-*, any Accept) get the same copy, tracking parameters and all.
  const preview = await visitor.get("/zukan?utm_source=line&fbclid=x", { headers: { accept: "*/*", "user-agent": "facebookexternalhit/1.1;line-poker/1.0" } });
  expect(headersOf(preview)["x-page-cache"]).toBe("hit");
  expectPagePolicy(headersOf(preview), await preview.text(), "/zukan, to a link preview");

  // A link checker's HEAD shares the copy: the same headers, no body, and no render of its own.
  const head = await visitor.head("/zukan?utm_source=checker");
  expect(head.status()).toBe(200);
  expect(headersOf(head)["x-page-cache"]).toBe("hit");
  expect(headersOf(head)["content-type"]).toContain("text/html");
  expect((await head.body()).length).toBe(0);

  // The router's payload fetch for the same URL gets the payload, never the cached HTML.
  const payload = await visitor.get("/zukan", { headers: { accept: "*/*", "sec-fetch-dest": "empty", rsc: "1" } });
  expect(headersOf(payload)["content-type"]).toContain("text/x-component");
  expect(headersOf(payload)["x-page-cache"]).toBeUndefined();

  // Signed in, the same page is rendered for the person.
  await signIn(page, DEMO.resident);
  const personal = await page.request.get("/zukan");
  expect(personal.ok()).toBe(true);
  expect(headersOf(personal)["x-page-cache"]).toBeUndefined();
  await visitor.dispose();
});

test("signed-in pages, refusals, redirects and the not-found page carry them too", async ({ page, request }) => {
  const redirect = await request.get("/staff", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectCommonHeaders(headersOf(redirect), "redirect to sign-in");

  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectCommonHeaders(headersOf(missing), "404");
  expectPagePolicy(headersOf(missing), await missing.text(), "404");

  await signIn(page, DEMO.staff);
  for (const [path, status] of [["/staff/kpis", 200], ["/admin/users", 403]] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    expectCommonHeaders(headersOf(response), path);
    expectPagePolicy(headersOf(response), await response!.text(), path);
  }
});

test("API, CSV, iCal and static files are never run as pages", async ({ request }) => {
  for (const path of ["/api/health", "/api/v1/kpis", "/api/v1/kpis.csv", "/api/v1/openapi.json"]) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    const headers = headersOf(response);
    expectCommonHeaders(headers, path);
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  }
  const robots = await request.get("/robots.txt");
  expect(robots.ok()).toBe(true);
  expectCommonHeaders(headersOf(robots), "/robots.txt");
  // The site icon every page links, so no browser asks for a missing /favicon.ico.
  const icon = await request.get("/icon.svg");
  expect(icon.ok()).toBe(true);
  expect(headersOf(icon)["content-type"]).toBe("image/svg+xml");
  expectCommonHeaders(headersOf(icon), "/icon.svg");
  expect(await (await request.get("/")).text()).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*" sizes="any" type="image\/svg\+xml"\/>/);
});

test("the browser enforces the policy and no page of the site breaks it", async ({ page, request }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const { path } of (await sitePages(request)).filter((p) => p.viewer === "anonymous")) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Next's client runtime started under the policy: its inline bootstrap and its chunks ran.
  await page.goto("/zukan");
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
  expect(violations).toEqual([]);

  // Markup injected into the page, the usual XSS vector, cannot run: inline handlers are refused.
  await page.goto("/");
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
    document.body.append(box);
  });
  await page.waitForTimeout(500);
  const ran = await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true);
  expect(ran).toBe(false);
  expect(violations.some((v) => v.includes("/no-such-image.png") || /inline event handler|script-src-attr|script-src/.test(v))).toBe(true);
});

test("oversized bodies are refused with 413 before anything reads them", async ({ request }) => {
  const action = await request.post("/zukan", { data: Buffer.alloc(ACTION_BODY_LIMIT_BYTES + 1024, 0x61), headers: { "content-type": "text/plain;charset=UTF-8", "next-action": "0".repeat(42) } });
  expect(action.status()).toBe(413);
  const api = await request.post("/api/mail/unsubscribe?token=x", { data: Buffer.alloc(API_BODY_LIMIT_BYTES + 1, 0x61) });
  expect(api.status()).toBe(413);
  // A small body still reaches the handler, which answers as usual.
  expect((await request.post("/api/mail/unsubscribe?token=x", { data: "List-Unsubscribe=One-Click" })).status()).toBe(400);
});
