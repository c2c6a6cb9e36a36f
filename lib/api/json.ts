import { createHash } from "node:crypto";

/** Licence of every open-data response: the Japanese government's PDL 1.0, compatible with CC BY 4.0. */
export const OPEN_DATA_LICENCE = {
  name: "公共データ利用規約（第1.0版） / Public Data License (Version 1.0)",
  url: "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
  compatibleWith: "CC BY 4.0",
  attribution: "群馬県 / Gunma Prefecture",
} as const;

/**
 * A JSON response with a strong ETag over its body, so clients and caches can revalidate with
 * If-None-Match and get a 304 instead of the whole document.
 */
export function jsonWithEtag(request: Request, body: unknown, maxAgeSeconds = 60): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds * 5}`,
    "Access-Control-Allow-Origin": "*",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
