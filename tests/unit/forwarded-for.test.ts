import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, rateLimitKeyOf, withSocketAddress } from "@/lib/security/forwarded-for";

const ipv4 = fc.ipV4();
// Whatever a client may write in its own X-Forwarded-For: addresses, junk, commas, nothing.
const clientWritten = fc.oneof(fc.constant(undefined), fc.string(), fc.array(fc.oneof(ipv4, fc.string()), { maxLength: 6 }).map((parts) => parts.join(", ")));

describe("the client address with no proxy in front (TRUSTED_PROXY_HOPS=0)", () => {
  it("is always the socket's address, whatever the client wrote in the header", () => {
    fc.assert(
      fc.property(clientWritten, ipv4, (written, socket) => {
        expect(clientAddressFrom(withSocketAddress(written, socket), 0)).toBe(socket);
      }),
    );
  });

  it("keys an IPv4-mapped socket address as IPv4, and an IPv6 one by its /64", () => {
    expect(clientAddressFrom(withSocketAddress("203.0.113.9", "::ffff:192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientAddressFrom(withSocketAddress(undefined, "2001:db8::1"), 0)).toBe("2001:db8:0:0::/64");
  });
});

describe("the client address behind one proxy (TRUSTED_PROXY_HOPS=1)", () => {
  it("is the entry the proxy appended, whatever the client wrote before it", () => {
    fc.assert(
      fc.property(clientWritten, ipv4, ipv4, (written, client, proxy) => {
        const proxied = written?.trim() ? `${written}, ${client}` : client;
        expect(clientAddressFrom(withSocketAddress(proxied, proxy), 1)).toBe(client);
      }),
    );
  });

  it("falls back to the leftmost entry the server wrote when a request came around the proxy", () => {
    expect(clientAddressFrom(withSocketAddress(undefined, "192.0.2.7"), 1)).toBe("192.0.2.7");
  });
});

describe("an entry that is not an address", () => {
  it.each([["<script>"], ["unknown"], ["1.2.3.4; DROP TABLE"], [""], ["a".repeat(46)]])("%j is one key for all, not the client's choice", (junk) => {
    expect(clientAddressFrom(`${junk}, 192.0.2.1`, 1)).toBe("unknown");
  });

  it("repeated headers arrive as a list and are read as one", () => {
    expect(clientAddressFrom(["198.51.100.1", "192.0.2.1"], 0)).toBe("192.0.2.1");
    expect(withSocketAddress(["198.51.100.1", "192.0.2.1"], "127.0.0.1")).toBe("198.51.100.1, 192.0.2.1, 127.0.0.1");
  });
});

describe("the rate-limit key of an address", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["2001:0db8:0000:0000:ffff:0000:0000:0001", "2001:db8:0:0::/64"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
    ["fe80::", "fe80:0:0:0::/64"],
    ["1:2:3:4:5:6:7:8:9", "unknown"],
    ["2001::db8::1", "unknown"],
    ["2001:db8:::1", "unknown"],
    ["12345::1", "unknown"],
  ])("%s → %s", (address, key) => {
    expect(rateLimitKeyOf(address)).toBe(key);
  });

  it("gives every address of one /64 the same key, and addresses of other /64s other keys", () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), fc.array(group, { minLength: 4, maxLength: 4 }), (address, otherHost) => {
        const sameNetwork = [...address.slice(0, 4), ...otherHost].join(":");
        expect(clientAddressFrom(sameNetwork, 0)).toBe(clientAddressFrom(address.join(":"), 0));
      }),
    );
    expect(clientAddressFrom("2001:db8:0:1::1", 0)).not.toBe(clientAddressFrom("2001:db8:0:2::1", 0));
  });
});
