// Cache keys keep only the query parameters a page reads, and a flood of made-up queries cannot
// push the plain pages out of the cache. Tested over every cached route, not one example.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { CACHED_ROUTES, cacheablePageRequest, type CacheableRequest } from "@/lib/cache/anonymous-pages";
import { PageCache, type CachedPage, type FillResult } from "@/lib/cache/page-cache";
import { parseTableQuery } from "@/lib/kpis/table";
import { catalogueQuerySchema } from "@/lib/projects/catalogue-schema";

/** A route's address with each `[name]` segment filled in. */
const addressOf = (route: string) => route.replace(/\[[^\]/]+\]/g, "sample-1");

function cacheable(pathname: string, search = "", locale = "ja"): CacheableRequest {
  const found = cacheablePageRequest({
    method: "GET",
    pathname,
    search,
    headers: new Headers({ accept: "text/html", "accept-language": locale }),
    cookies: [],
  });
  if (!found) throw new Error(`${pathname}${search} should be cacheable`);
  return found;
}

/** A repeatable stream of numbers in [0, 1), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TRACKERS = ["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "ref", "_", "v", "Sort", "Q", "page[]", "ｑ"];

/** `count` parameters no cached page reads, with values of every kind (empty, encoded, repeated). */
function unknownParameters(count: number, next: () => number): [string, string][] {
  const readByAny = new Set(CACHED_ROUTES.flatMap((route) => route.parameters));
  const values = ["", "x", "a b", "%E3%81%82", "1&2", "<script>", "x".repeat(50)];
  return Array.from({ length: count }, (_, i) => {
    const name = i < TRACKERS.length ? TRACKERS[i]! : `p${Math.floor(next() * 1e9).toString(36)}`;
    if (readByAny.has(name)) throw new Error(`${name} is read by a page`);
    return [name, values[Math.floor(next() * values.length)]!];
  });
}

const searchOf = (pairs: [string, string][]) => `?${new URLSearchParams(pairs).toString()}`;

function shuffled<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe.each(CACHED_ROUTES.map((route) => [route.route, route] as const))("the cache key of %s", (_, route) => {
  const pathname = addressOf(route.route);
  const plain = cacheable(pathname);

  test("is the plain page's, whatever parameters the page does not read are added", () => {
    expect(plain).toMatchObject({ key: `ja ${pathname}`, url: pathname, variantOf: null });
    const next = random(route.route.length);
    for (const count of [1, 2, 5, 12, 40, 80]) {
      const search = searchOf(unknownParameters(count, next));
      expect(cacheable(pathname, search), search).toEqual(plain);
    }
    // An empty parameter the page reads is the same as none.
    for (const name of route.parameters) expect(cacheable(pathname, `?${name}=&utm_source=x`)).toEqual(plain);
  });

});

const READING_THEIR_QUERY = CACHED_ROUTES.filter((route) => route.parameters.length > 0);

test("some cached pages read their query", () => {
  expect(READING_THEIR_QUERY.map((route) => route.route)).toEqual(expect.arrayContaining(["/dashboard", "/zukan"]));
});

describe.each(READING_THEIR_QUERY.map((route) => [route.route, route] as const))("the cache key of %s", (_, route) => {
  const pathname = addressOf(route.route);
  const plain = cacheable(pathname);

  test("tells apart every parameter the page reads, in any order, each value its own key", () => {
    const next = random(route.route.length + 1);
    const keys = new Set<string>([plain.key]);
    for (const name of route.parameters) {
      for (const value of ["1", "2", "a b"]) {
        const variant = cacheable(pathname, `?${name}=${encodeURIComponent(value)}`);
        expect(variant.variantOf).toBe(plain.key);
        expect(new URLSearchParams(variant.url.split("?")[1]).get(name)).toBe(value);
        keys.add(variant.key);
        // Junk around it, and a second value (pages read the first), change nothing.
        const noisy = searchOf(shuffled([[name, value], ...unknownParameters(6, next)], next)) + `&${name}=other`;
        expect(cacheable(pathname, noisy).key).toBe(variant.key);
      }
    }
    expect(keys.size).toBe(1 + route.parameters.length * 3);

    const all: [string, string][] = route.parameters.map((name, i) => [name, `v${i}`]);
    const canonical = cacheable(pathname, searchOf(all));
    for (let i = 0; i < 10; i++) {
      const reordered = searchOf(shuffled([...all, ...unknownParameters(4, next)], next));
      expect(cacheable(pathname, reordered), reordered).toEqual(canonical);
    }
    // One value however it is encoded.
    expect(cacheable(pathname, `?${route.parameters[0]}=a+b`).key).toBe(cacheable(pathname, `?${route.parameters[0]}=a%20b`).key);
  });
});

describe("the parameters each cached route declares are the ones its page reads", () => {
  /** Route → source of its page.tsx, route groups left out as Next does. */
  function appPages(): Map<string, string> {
    const pages = new Map<string, string>();
    const root = path.join(process.cwd(), "app");
    for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
      if (path.basename(file) !== "page.tsx") continue;
      const segments = path.dirname(file).split(path.sep).filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      pages.set(`/${segments.join("/")}`, readFileSync(path.join(root, file), "utf8"));
    }
    return pages;
  }

  test("every cached route is a page of the app, and lists parameters exactly when its page reads its query", () => {
    const pages = appPages();
    for (const { route, parameters } of CACHED_ROUTES) {
      const source = pages.get(route);
      expect(source, `${route} is a page`).toBeDefined();
      expect(parameters.length > 0, `${route} reads its query`).toBe(/searchParams/i.test(source!));
    }
  });

  test("no component reads the query on its own (its page would have to list the parameters)", () => {
    const root = path.join(process.cwd(), "components");
    const readers = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
      (file) => /\.tsx?$/.test(file) && readFileSync(path.join(root, file), "utf8").includes("useSearchParams"),
    );
    expect(readers).toEqual([]);
  });

  test("the KPI table's and the catalogue's parameters", () => {
    const read = new Set<string>();
    parseTableQuery(new Proxy({}, { get: (_, name) => void read.add(String(name)) }));
    const table = [...read].sort();
    expect(table.length).toBeGreaterThan(0);
    for (const route of ["/dashboard", "/dashboard/goals/[goal]", "/dashboard/pillars/[pillar]"]) {
      expect([...CACHED_ROUTES.find((r) => r.route === route)!.parameters].sort(), route).toEqual(table);
    }
    expect([...CACHED_ROUTES.find((r) => r.route === "/zukan")!.parameters].sort()).toEqual(Object.keys(catalogueQuerySchema.shape).sort());
  });
});

describe("a flood of made-up queries", () => {
  const page = (body: string): CachedPage => ({ status: 200, body, nonce: "n0", headers: { "content-type": "text/html" } });
  const keeping = (body: string) => async (): Promise<FillResult<string>> => ({ keep: page(body) });
  const plainPages = CACHED_ROUTES.flatMap((route) => ["ja", "en"].map((locale) => cacheable(addressOf(route.route), "", locale)));

  function warmCache() {
    const cache = new PageCache<string>({
      ttlMs: 60_000,
      maxEntries: plainPages.length,
      maxChars: plainPages.length * 100,
      variants: { maxEntries: 10, maxChars: 2_000, maxPerPage: 5 },
    });
    return cache;
  }

  async function expectAllHits(cache: PageCache<string>, requests: CacheableRequest[]) {
    for (const r of requests) {
      const found = await cache.get(r.key, keeping("rendered again"), r.variantOf);
      expect(found.outcome, r.key).toBe("hit");
    }
  }

  test.each(READING_THEIR_QUERY.map((route) => route.route))(
    "of %s pushes out no other route's plain page, nor its queries, only its own older queries",
    async (flooded) => {
      const cache = warmCache();
      for (const r of plainPages) await cache.get(r.key, keeping(`plain ${r.key}`), r.variantOf);
      const others = CACHED_ROUTES.filter((route) => route.parameters.length > 0 && route.route !== flooded).map((route) =>
        cacheable(addressOf(route.route), `?${route.parameters[0]}=kept`),
      );
      for (const r of others) await cache.get(r.key, keeping(`variant ${r.key}`), r.variantOf);

      const route = CACHED_ROUTES.find((r) => r.route === flooded)!;
      const next = random(7);
      let renders = 0;
      for (let i = 0; i < 2_000; i++) {
        const name = route.parameters[i % route.parameters.length]!;
        const r = cacheable(addressOf(flooded), searchOf([[name, `flood-${i}`], ...unknownParameters(2, next)]));
        // Big pages too, so the budget of characters is tested as well as the count.
        await cache.get(r.key, async () => (renders++, { keep: page("f".repeat(600)) }), r.variantOf);
      }
      expect(renders).toBe(2_000);

      await expectAllHits(cache, plainPages);
      await expectAllHits(cache, others);
      expect(cache.size).toBeLessThanOrEqual(plainPages.length + 10);
      expect(cache.heldChars).toBeLessThanOrEqual(plainPages.length * 100 + 2_000);
    },
  );

  test("of parameters no page reads is one entry per page and language, rendered once", async () => {
    const cache = warmCache();
    const next = random(11);
    let renders = 0;
    for (const route of CACHED_ROUTES) {
      for (let i = 0; i < 50; i++) {
        const r = cacheable(addressOf(route.route), searchOf(unknownParameters(3, next)));
        await cache.get(r.key, async () => (renders++, { keep: page(`plain ${r.key}`) }), r.variantOf);
      }
    }
    expect(renders).toBe(CACHED_ROUTES.length);
    expect(cache.size).toBe(CACHED_ROUTES.length);
  });

  test("one page's queries beyond its share push out that page's least recently used query first", async () => {
    const cache = new PageCache<string>({ ttlMs: 60_000, maxEntries: 10, maxChars: 1_000, variants: { maxEntries: 10, maxChars: 1_000, maxPerPage: 2 } });
    const [a, b, c] = ["1", "2", "3"].map((sort) => cacheable("/dashboard", `?sort=${sort}`));
    await cache.get(a!.key, keeping("a"), a!.variantOf);
    await cache.get(b!.key, keeping("b"), b!.variantOf);
    await cache.get(a!.key, keeping("a again"), a!.variantOf); // a is now the more recent
    await cache.get(c!.key, keeping("c"), c!.variantOf);
    expect(await cache.get(a!.key, keeping("a again"), a!.variantOf)).toMatchObject({ outcome: "hit", page: { body: "a" } });
    expect(await cache.get(b!.key, keeping("b again"), b!.variantOf)).toMatchObject({ outcome: "miss" });
  });
});
