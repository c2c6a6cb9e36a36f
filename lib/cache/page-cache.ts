// A small in-memory cache of rendered pages: a fixed lifetime, a bounded number of entries and of
// characters held, and one fill at a time per key, so a burst of visitors to a cold page costs one
// render. Pure: the clock and the fill are passed in, so it is unit-tested without a server.

export interface CachedPage {
  status: number;
  /** The page's HTML, with `nonce` wherever the rendering put its script nonce. */
  body: string;
  nonce: string;
  headers: Record<string, string>;
}

/** What a fill returns: a page to keep, or a response to hand back once and forget. */
export type FillResult<Passthrough> = { keep: CachedPage } | { passthrough: Passthrough };

export type Lookup<Passthrough> =
  | { page: CachedPage; outcome: "hit" | "miss" }
  /** Not cacheable. `passthrough` is the fill's own response, or null for a visitor who waited on
   * someone else's fill (a response body can be read once), who then renders for themselves. */
  | { passthrough: Passthrough | null; outcome: "bypass" };

interface Entry {
  page: CachedPage;
  expiresAt: number;
}

export interface Bounds {
  maxEntries: number;
  /** The most HTML held at once, in characters, however many entries that is. */
  maxChars: number;
}

export interface PageCacheOptions extends Bounds {
  ttlMs: number;
  /**
   * Pages with a query are kept apart from the pages at their plain address, within bounds of
   * their own, at most `maxPerPage` for any one page. Anyone can make up new queries, so without
   * this a flood of them (`?q=1`, `?q=2`, …) would push the home page and the dashboard out. With
   * it, the plain pages are out of a flood's reach, and when the queries are over their bounds a
   * page's own older queries go first, so a flood pushes out only earlier queries of the page it
   * floods.
   */
  variants: Bounds & { maxPerPage: number };
  now?: () => number;
}

/** Entries in least-recently-used order (a Map keeps insertion order), within bounds. */
class Shelf {
  private readonly entries = new Map<string, Entry>();
  /** The keys of each page's variants, least recently used first. */
  private readonly byPage = new Map<string, Set<string>>();
  private readonly pageOf = new Map<string, string>();
  chars = 0;

  constructor(private readonly bounds: Bounds & { maxPerPage?: number }) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry, now the most recently used; an expired one is dropped. */
  take(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const page = this.pageOf.get(key);
    this.forget(key);
    if (entry.expiresAt <= now) return undefined;
    this.put(key, entry, page);
    return entry;
  }

  store(key: string, entry: Entry, page: string | undefined): void {
    if (entry.page.body.length > this.bounds.maxChars) return;
    this.forget(key);
    this.put(key, entry, page);
    const siblings = page === undefined ? undefined : this.byPage.get(page);
    const maxPerPage = this.bounds.maxPerPage ?? Infinity;
    const over = () =>
      (siblings?.size ?? 0) > maxPerPage || this.entries.size > this.bounds.maxEntries || this.chars > this.bounds.maxChars;
    while (over()) {
      // The page's own older entries go first, so one page's flood pushes out only its own.
      const victim = siblings && siblings.size > 1 ? siblings.values().next().value : this.entries.keys().next().value;
      if (victim === undefined) break;
      this.forget(victim);
    }
  }

  private put(key: string, entry: Entry, page: string | undefined): void {
    this.entries.set(key, entry);
    this.chars += entry.page.body.length;
    if (page === undefined) return;
    this.pageOf.set(key, page);
    const siblings = this.byPage.get(page) ?? new Set<string>();
    siblings.add(key);
    this.byPage.set(page, siblings);
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.chars -= entry.page.body.length;
    const page = this.pageOf.get(key);
    if (page === undefined) return;
    this.pageOf.delete(key);
    const siblings = this.byPage.get(page);
    siblings?.delete(key);
    if (siblings?.size === 0) this.byPage.delete(page);
  }
}

export class PageCache<Passthrough> {
  private readonly pages: Shelf;
  private readonly variants: Shelf;
  private readonly fills = new Map<string, Promise<FillResult<Passthrough>>>();
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
    this.pages = new Shelf({ maxEntries: options.maxEntries, maxChars: options.maxChars });
    this.variants = new Shelf(options.variants);
  }

  /**
   * The page under `key`, filled once however many ask at the same time. `variantOf` names the
   * page a key with a query belongs to, and is omitted for the page at its plain address.
   */
  async get(key: string, fill: () => Promise<FillResult<Passthrough>>, variantOf?: string | null): Promise<Lookup<Passthrough>> {
    const shelf = variantOf ? this.variants : this.pages;
    const entry = shelf.take(key, this.now());
    if (entry) return { page: entry.page, outcome: "hit" };

    let pending = this.fills.get(key);
    const joined = pending !== undefined;
    if (!pending) {
      pending = fill().finally(() => this.fills.delete(key));
      this.fills.set(key, pending);
    }
    const result = await pending;
    if ("keep" in result) {
      if (!joined) shelf.store(key, { page: result.keep, expiresAt: this.now() + this.options.ttlMs }, variantOf ?? undefined);
      return { page: result.keep, outcome: "miss" };
    }
    return { passthrough: joined ? null : result.passthrough, outcome: "bypass" };
  }

  get size(): number {
    return this.pages.size + this.variants.size;
  }

  /** Characters of HTML held. */
  get heldChars(): number {
    return this.pages.chars + this.variants.chars;
  }
}
