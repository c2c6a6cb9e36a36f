// The security headers of every response, in one place so that proxy.ts, next.config.ts and the
// tests agree. Pure: no I/O, no Next imports.

/**
 * A fresh, unguessable nonce for one response's scripts and styles: 128 bits, base64url. No `+`,
 * `/` or `=`, which HTML and JSON never escape, so a cached page's nonce can be found and replaced.
 */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * The policy for HTML pages. Scripts run only with this response's nonce ('strict-dynamic' lets
 * Next's own chunks load theirs). Style attributes stay allowed because React and recharts set
 * `style=""` on elements, which a nonce cannot cover; style elements still need the nonce.
 * React needs eval only in development, for its server error stacks.
 */
export function pageContentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  return directives.join("; ");
}

/**
 * For everything that is not a page (JSON, CSV, iCal, uploaded files): nothing may run, and a file
 * opened directly is sandboxed, so even a mislabelled upload cannot script the site.
 */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Headers that are the same on every response (set in next.config.ts, so static files get them too). */
export function staticSecurityHeaders(options: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The platform uses none of these; a compromised script cannot ask for them either.
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
    },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain HTTP, so it is only sent where it means something: production
    // behind TLS. Two years, as the HSTS preload list asks.
    ...(options.production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** Paths whose responses are not HTML pages: API routes, uploaded files and KPI evidence. */
export function isNonPagePath(pathname: string): boolean {
  return /^\/(api|uploads|evidence)(\/|$)/.test(pathname) || pathname.endsWith(".csv") || pathname.endsWith(".ics");
}

/** A request id from upstream is kept only when it is a plain token; anything else is replaced. */
export function requestIdFrom(header: string | null): string {
  return header && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : crypto.randomUUID();
}
