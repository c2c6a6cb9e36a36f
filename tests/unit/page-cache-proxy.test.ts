// proxy.ts answering from the page cache, end to end but for Next: a small server stands in for
// the app's own render (PAGE_CACHE_ORIGIN), and the test checks what a crawler, a link preview
// and a browser get back, and what the server was asked to render.
import { createServer, type Server } from "node:http";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/headers";

let server: Server;
const rendered: { url: string; nonce: string }[] = [];

beforeAll(async () => {
  // What Next sends for a page: a policy with the render's nonce, on its scripts and its Link header.
  server = createServer((request, response) => {
    const nonce = createNonce();
    rendered.push({ url: request.url ?? "", nonce });
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": pageContentSecurityPolicy(nonce),
      link: `</_next/static/css/app.css>; rel=preload; as="style"; nonce="${nonce}"`,
    });
    response.end(`<!DOCTYPE html><html lang="ja"><script nonce="${nonce}" src="/a.js"></script><script nonce="${nonce}">self.__next_f.push([1,"${request.url}"])</script></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("PAGE_CACHE_SECONDS", "600");
  vi.stubEnv("PAGE_CACHE_ORIGIN", `http://127.0.0.1:${port}`);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

async function get(path: string, headers: Record<string, string>) {
  const { proxy } = await import("@/proxy");
  const response = await proxy(new NextRequest(`https://yukemuri.example${path}`, { headers }));
  return { response, html: await response.text() };
}

/** The copy is as strict as a page rendered for this request: its own nonce everywhere, no other. */
function expectOwnNonce(response: Response, html: string): string {
  const policy = response.headers.get("content-security-policy") ?? "";
  const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toBe(pageContentSecurityPolicy(nonce!));
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts).toHaveLength(2);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(response.headers.get("link")).toContain(`nonce="${nonce}"`);
  for (const { nonce: renderNonce } of rendered) {
    expect(html).not.toContain(renderNonce);
    expect(response.headers.get("link")).not.toContain(renderNonce);
  }
  return nonce!;
}

const CRAWLERS: [string, Record<string, string>][] = [
  ["a crawler asking for HTML", { accept: "text/html", "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" }],
  ["curl", { accept: "*/*", "user-agent": "curl/8.5.0" }],
  ["Slack's link preview", { accept: "*/*", "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" }],
  ["LINE's link preview", { "user-agent": "facebookexternalhit/1.1;line-poker/1.0" }],
];

describe.each(CRAWLERS.map(([name, headers], i) => [name, headers, i] as const))("%s", (_, headers, i) => {
  const path = `/zukan/crawled-${i}`;

  test("is answered from the cache after the first render, each copy with a fresh nonce", async () => {
    const first = await get(path, headers);
    expect(first.response.headers.get("x-page-cache")).toBe("miss");
    const renders = rendered.length;

    const second = await get(path, headers);
    expect(second.response.status).toBe(200);
    expect(second.response.headers.get("x-page-cache")).toBe("hit");
    expect(rendered.length).toBe(renders);
    expect(expectOwnNonce(second.response, second.html)).not.toBe(expectOwnNonce(first.response, first.html));
  });

  test("with tracking parameters in the link gets the same copy, and they never reach the render", async () => {
    const renders = rendered.length;
    const shared = await get(`${path}?utm_source=line&utm_medium=social&fbclid=IwAR0abc`, headers);
    expect(shared.response.headers.get("x-page-cache")).toBe("hit");
    expect(rendered.length).toBe(renders);
    expect(rendered.map((r) => r.url)).not.toContainEqual(expect.stringContaining("utm_source"));
    expectOwnNonce(shared.response, shared.html);
  });
});

test("a filtered catalogue is rendered with the filters it reads and nothing else", async () => {
  const first = await get("/zukan?utm_campaign=x&sdg=7&q=%E6%B8%A9%E6%B3%89&fbclid=y", { accept: "*/*" });
  expect(first.response.headers.get("x-page-cache")).toBe("miss");
  expect(rendered.at(-1)?.url).toBe("/zukan?q=%E6%B8%A9%E6%B3%89&sdg=7");
  const reordered = await get("/zukan?sdg=7&gclid=z&q=%E6%B8%A9%E6%B3%89", { accept: "text/html" });
  expect(reordered.response.headers.get("x-page-cache")).toBe("hit");
});

test("Next's router in a browser (Sec-Fetch-Dest: empty) is never answered with cached HTML", async () => {
  await get("/dashboard", { accept: "text/html" });
  const payload = await get("/dashboard", { accept: "*/*", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" });
  expect(payload.response.headers.get("x-page-cache")).toBeNull();
  expect(payload.response.headers.get("x-middleware-next")).toBe("1");
});
