import { NextResponse, type NextRequest } from "next/server";
import { answerFromPageCache, isPageCacheFill } from "@/lib/cache/serve-cached-page";
import { isMalformedActionBody } from "@/lib/security/action-body";
import { declaredBodyTooLarge } from "@/lib/security/body-limit";
import { isUnreadablePath } from "@/lib/security/path-encoding";
import {
  createNonce,
  isNonPagePath,
  NON_PAGE_CONTENT_SECURITY_POLICY,
  pageContentSecurityPolicy,
  requestIdFrom,
} from "@/lib/security/headers";

/**
 * Runs before every dynamic response. Pages get a Content-Security-Policy with a fresh nonce, which
 * Next reads from the request's copy of the header and puts on its own scripts. Anonymous visitors'
 * public pages come from the page cache, with a fresh nonce of their own. Every response gets a
 * request id, which the logs carry, so a report from a user can be traced.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const pathname = request.nextUrl.pathname;

  if (isUnreadablePath(pathname)) return plainAnswer(400, "このアドレスは正しくありません。\nThis address is not valid.\n", requestId);
  if (declaredBodyTooLarge(request.method, pathname, request.headers.get("content-length"))) {
    return plainAnswer(413, "送信された内容が大きすぎます。\nThe request body is too large.\n", requestId);
  }
  if (!isNonPagePath(pathname) && (await isMalformedActionBody(request))) {
    return plainAnswer(400, "送信された内容を読み取れませんでした。\nThe request could not be read.\n", requestId);
  }

  if (!isNonPagePath(pathname) && !isPageCacheFill(request.headers)) {
    const cached = await answerFromPageCache(
      { method: request.method, pathname, search: request.nextUrl.search, headers: request.headers, cookies: request.cookies.getAll() },
      requestId,
    );
    if (cached) return cached;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);

  let policy = NON_PAGE_CONTENT_SECURITY_POLICY;
  if (!isNonPagePath(pathname)) {
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

/** A short text answer given before any routing, for requests no page or route should see. */
function plainAnswer(status: number, text: string, requestId: string): NextResponse {
  return new NextResponse(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY, "x-request-id": requestId },
  });
}

export const config = {
  // Next's hashed build files and the files in public/ are static: they get the headers of
  // next.config.ts, and need no nonce.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
