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

export interface PageCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** The most HTML held at once, in characters, however many entries that is. */
  maxChars: number;
  now?: () => number;
}

export class PageCache<Passthrough> {
  private readonly entries = new Map<string, Entry>();
  private readonly fills = new Map<string, Promise<FillResult<Passthrough>>>();
  private readonly now: () => number;
  private chars = 0;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(key: string, fill: () => Promise<FillResult<Passthrough>>): Promise<Lookup<Passthrough>> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      // Re-inserting keeps the Map in least-recently-used order for eviction.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { page: entry.page, outcome: "hit" };
    }
    if (entry) this.forget(key, entry);

    let pending = this.fills.get(key);
    const joined = pending !== undefined;
    if (!pending) {
      pending = fill().finally(() => this.fills.delete(key));
      this.fills.set(key, pending);
    }
    const result = await pending;
    if ("keep" in result) {
      if (!joined) this.store(key, result.keep);
      return { page: result.keep, outcome: "miss" };
    }
    return { passthrough: joined ? null : result.passthrough, outcome: "bypass" };
  }

  get size(): number {
    return this.entries.size;
  }

  /** Characters of HTML held. */
  get heldChars(): number {
    return this.chars;
  }

  private store(key: string, page: CachedPage): void {
    if (page.body.length > this.options.maxChars) return;
    const previous = this.entries.get(key);
    if (previous) this.forget(key, previous);
    this.entries.set(key, { page, expiresAt: this.now() + this.options.ttlMs });
    this.chars += page.body.length;
    while (this.entries.size > this.options.maxEntries || this.chars > this.options.maxChars) {
      const [oldestKey, oldest] = this.entries.entries().next().value ?? [];
      if (oldestKey === undefined || oldest === undefined) break;
      this.forget(oldestKey, oldest);
    }
  }

  private forget(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.chars -= entry.page.body.length;
  }
}
