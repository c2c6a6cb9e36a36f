// Which client a request came from, read from X-Forwarded-For. Every hop appends the address it
// received the request from, so the entries are only as trustworthy as the hop that wrote them:
// the rightmost was written by our own server (scripts/serve.ts appends the socket's address),
// the one before it by the first trusted proxy, and so on. Anything further left was sent by the
// client and may be anything.

const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/;

/** The header as our own server passes it on: whatever arrived, then the socket's address. */
export function withSocketAddress(forwarded: string | string[] | undefined, socketAddress: string | undefined): string | undefined {
  const arrived = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  if (!socketAddress) return arrived;
  return arrived?.trim() ? `${arrived}, ${socketAddress}` : socketAddress;
}

/**
 * The client's address, as a rate-limit key: the entry written by the outermost of the
 * `trustedProxyHops` proxies in front of the server (0: the socket's own address). A request that
 * passed fewer hops than that (someone reaching the server around the proxy) gets the leftmost
 * entry it has, which the server or a proxy still wrote if the hops are set right.
 */
export function clientAddressFrom(forwarded: string | string[] | undefined, trustedProxyHops = 0): string {
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  // Empty entries count as hops too: each hop appends one, so positions must not shift.
  const entries = value?.trim() ? value.split(",").map((entry) => entry.trim()) : [];
  const entry = entries[Math.max(0, entries.length - 1 - trustedProxyHops)];
  return entry && ADDRESS.test(entry) ? entry : "unknown";
}
