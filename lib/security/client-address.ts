import "server-only";
import { headers } from "next/headers";

/**
 * The address a request came from, as a rate-limit key. In production the platform sits behind
 * the prefecture's reverse proxy, which appends the client's address to X-Forwarded-For; the
 * rightmost entry is the one that proxy wrote, so a client cannot choose its own key by sending
 * the header itself. Next's own server sets the header when there is no proxy.
 */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom((await headers()).get("x-forwarded-for") ?? undefined);
}

/** The same, from a plain header bag (next-auth's authorize gets the request's headers this way). */
export function clientAddressFrom(forwarded: string | string[] | undefined): string {
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  const last = value?.split(",").at(-1)?.trim();
  return last && /^[0-9a-fA-F:.]{2,45}$/.test(last) ? last : "unknown";
}
