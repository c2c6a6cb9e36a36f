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
  return entry && ADDRESS.test(entry) ? rateLimitKeyOf(entry) : "unknown";
}

/**
 * One key per client: an IPv4 address as it is (an IPv4-mapped IPv6 one too), an IPv6 address by
 * its /64. A home or phone connection is given a whole /64, so counting single IPv6 addresses would
 * let one client take a fresh key for every request.
 */
export function rateLimitKeyOf(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : "unknown";
}

/** The eight groups of an IPv6 address, without leading zeros, or null when it is not one. */
function expandIpv6(address: string): string[] | null {
  const halves = address.toLowerCase().split("::");
  if (halves.length > 2) return null;
  const parse = (half: string) => (half === "" ? [] : half.split(":"));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  return groups.every((group) => /^[0-9a-f]{1,4}$/.test(group)) ? groups.map((group) => group.replace(/^0+(?=.)/, "")) : null;
}
