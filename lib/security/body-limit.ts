// Request bodies are refused by their declared size before anything reads them, with 413 rather
// than the 500 Next gives an oversized server action. Pages take server actions up to the
// configured limit (photos, evidence files); the API and sign-in take small forms only.
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
export const API_BODY_LIMIT_BYTES = 64 * 1024;

/** The limit for a request to `pathname`, or null for requests that carry no body. */
export function bodyLimitFor(method: string, pathname: string): number | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  return pathname.startsWith("/api/") ? API_BODY_LIMIT_BYTES : ACTION_BODY_LIMIT_BYTES;
}

/** Whether the declared Content-Length passes the limit (a malformed one counts as too large). */
export function declaredBodyTooLarge(method: string, pathname: string, contentLength: string | null): boolean {
  const limit = bodyLimitFor(method, pathname);
  if (limit === null || contentLength === null) return false;
  if (!/^\d{1,15}$/.test(contentLength.trim())) return true;
  return Number(contentLength) > limit;
}
