// One-click unsubscribe (RFC 8058). A mail client POSTs `List-Unsubscribe=One-Click` to the
// address in the List-Unsubscribe header; the signed token in its query is the key, so no session
// is needed and the body is never read. A GET (a person clicking the link, or a link scanner)
// changes nothing: it leads to a page that asks first.
import { NextResponse } from "next/server";
import { unsubscribe } from "@/lib/mail/opt-out";

export const dynamic = "force-dynamic";

function pageUrl(request: Request, token: string | null, done: boolean): URL {
  const url = new URL("/mail/unsubscribe", request.url);
  if (token && token.length <= 400) url.searchParams.set("token", token);
  if (done) url.searchParams.set("done", "1");
  return url;
}

export async function POST(request: Request) {
  const params = new URL(request.url).searchParams;
  const token = params.get("token");
  const outcome = await unsubscribe(token);
  // The confirmation page's own form: back to the page, which says what happened.
  if (params.get("from") === "page") return NextResponse.redirect(pageUrl(request, token, outcome.ok), 303);
  if (!outcome.ok) return new Response("Invalid unsubscribe link.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response("Unsubscribed.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function GET(request: Request) {
  return NextResponse.redirect(pageUrl(request, new URL(request.url).searchParams.get("token"), false), 303);
}
