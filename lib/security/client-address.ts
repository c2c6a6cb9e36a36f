import "server-only";
import { headers } from "next/headers";
import { setting } from "../env";
import { clientAddressFrom } from "./forwarded-for";

/** How many reverse proxies in front of the server append to X-Forwarded-For (README: Configuration). */
export const trustedProxyHops = (): number => setting("TRUSTED_PROXY_HOPS") ?? 0;

/** The address the current request came from, as a rate-limit key (see lib/security/forwarded-for.ts). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom((await headers()).get("x-forwarded-for") ?? undefined, trustedProxyHops());
}
