import { NextResponse, type NextRequest } from "next/server";
import {
  createNonce,
  isNonPagePath,
  NON_PAGE_CONTENT_SECURITY_POLICY,
  pageContentSecurityPolicy,
  requestIdFrom,
} from "@/lib/security/headers";

/**
 * Runs before every dynamic response. Pages get a Content-Security-Policy with a fresh nonce, which
 * Next reads from the request's copy of the header and puts on its own scripts. Every response
 * gets a request id, which the logs carry, so a report from a user can be traced.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);

  let policy = NON_PAGE_CONTENT_SECURITY_POLICY;
  if (!isNonPagePath(request.nextUrl.pathname)) {
    const nonce = createNonce();
    policy = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // Next's hashed build files and the files in public/ are static: they get the headers of
  // next.config.ts, and need no nonce.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
