// How every open-data route answers: the body with a strong ETag (a 304 when the client already
// has it), a short public cache lifetime, CORS for any origin (the data is public, and dashboards
// elsewhere read it from the browser), and the licence in a Link header.
import { createHash } from "node:crypto";
import { OPEN_DATA_LICENCE } from "./licence";

/** Public, briefly cached by browsers and proxies; the ETag makes revalidation cheap. */
export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether If-None-Match names this ETag: one of a list, weak or strong, or "*". */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/** A response with ETag, Cache-Control, CORS and the licence; or 304 when the client already has this body. */
export function openDataResponse(
  request: Request,
  body: string,
  contentType: string,
  extra: Record<string, string> = {},
  etag: string = etagOf(body),
): Response {
  const headers = {
    ETag: etag,
    "Cache-Control": CACHE_CONTROL,
    "Access-Control-Allow-Origin": "*",
    "Content-Type": contentType,
    Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
    ...extra,
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** The same for a value sent as JSON. */
export function openDataJson(request: Request, value: unknown): Response {
  return openDataResponse(request, JSON.stringify(value), JSON_CONTENT_TYPE);
}

export function jsonNotFound(message: string): Response {
  return Response.json({ error: { code: "not_found", message } }, { status: 404, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } });
}
