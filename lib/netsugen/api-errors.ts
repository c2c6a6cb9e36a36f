import "server-only";
// A JSON error in the caller's language (cookie, then Accept-Language), keyed like the forms'.
// Reads the catalogue directly: a route handler needs one string, not next-intl's request setup.
import { catalogues } from "../i18n/catalogues";
import { LOCALE_COOKIE } from "../i18n/config";
import { negotiateLocale } from "../i18n/negotiate";

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

function lookup(catalogue: Record<string, unknown>, key: string): string {
  let node: unknown = catalogue;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : key;
}

export async function apiError(request: Request, status: number, key: string): Promise<Response> {
  const locale = negotiateLocale({
    cookie: cookieValue(request.headers.get("cookie"), LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
  });
  const message = lookup(await catalogues[locale](), key);
  return Response.json({ error: { code: key, message } }, { status, headers: { "Content-Language": locale, "Cache-Control": "no-store" } });
}
