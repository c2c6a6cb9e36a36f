// Next's redirect(), notFound(), forbidden() and unauthorized() stop an action by throwing an error
// whose `digest` says what to do; Next sends that digest to the browser, so its format is part of
// the framework's behaviour. The tests read it here rather than import the helpers from
// next/dist internals, whose paths change between releases.

function digestOf(error: unknown): string | null {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : null;
}

/** Where a redirect() error sends the browser ("NEXT_REDIRECT;replace;/path;307;"), or null. */
export function redirectTarget(error: unknown): string | null {
  const parts = digestOf(error)?.split(";");
  if (!parts || parts[0] !== "NEXT_REDIRECT" || parts.length < 4) return null;
  return parts.slice(2, -2).join(";");
}

/** The status of a notFound(), forbidden() or unauthorized() error ("NEXT_HTTP_ERROR_FALLBACK;404"), or null. */
export function accessFallbackStatus(error: unknown): number | null {
  const [prefix, status] = digestOf(error)?.split(";") ?? [];
  return prefix === "NEXT_HTTP_ERROR_FALLBACK" && [401, 403, 404].includes(Number(status)) ? Number(status) : null;
}
