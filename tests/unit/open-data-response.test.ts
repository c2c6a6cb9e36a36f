// Every open-data route answers through lib/http: one ETag rule, one cache lifetime, CORS and the
// licence on every response, whatever the format.
import { describe, expect, test } from "vitest";
import { OPEN_DATA_LICENCE } from "@/lib/http/licence";
import { CACHE_CONTROL, etagOf, jsonNotFound, matchesEtag, openDataJson, openDataResponse } from "@/lib/http/open-data-response";

const get = (headers: Record<string, string> = {}) => new Request("http://localhost/api/v1/x", { headers });

describe("If-None-Match", () => {
  const etag = etagOf("body");
  test.each<[string | null, boolean]>([
    [null, false],
    ["", false],
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    [`"other",W/${etag}`, true],
    ["*", true],
    ['"other"', false],
    [etag.slice(0, -2) + '"', false],
  ])("%j matches: %s", (header, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });
});

describe("openDataResponse", () => {
  test("a first request gets the body with ETag, cache lifetime, CORS and the licence", async () => {
    const response = openDataResponse(get(), "a,b\r\n", "text/csv; charset=utf-8", { "Content-Disposition": 'attachment; filename="x.csv"' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("a,b\r\n");
    expect(response.headers.get("etag")).toBe(etagOf("a,b\r\n"));
    expect(response.headers.get("cache-control")).toBe(CACHE_CONTROL);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("link")).toBe(`<${OPEN_DATA_LICENCE.url}>; rel="license"`);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
  });

  test("a client that has the body gets 304 with no body, and the same headers", async () => {
    const response = openDataJson(get({ "if-none-match": `W/${etagOf(JSON.stringify({ a: 1 }))}` }), { a: 1 });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  test("a missing record is a JSON 404 that no cache keeps", async () => {
    const response = jsonNotFound("No KPI with the code \"x\"");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "not_found", message: 'No KPI with the code "x"' } });
  });
});
