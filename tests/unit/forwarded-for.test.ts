import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, withSocketAddress } from "@/lib/security/forwarded-for";

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

  it("keeps IPv6 and IPv4-mapped socket addresses whole", () => {
    expect(clientAddressFrom(withSocketAddress("203.0.113.9", "::ffff:192.0.2.1"), 0)).toBe("::ffff:192.0.2.1");
    expect(clientAddressFrom(withSocketAddress(undefined, "2001:db8::1"), 0)).toBe("2001:db8::1");
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
