import { describe, expect, test } from "vitest";
import {
  createNonce,
  isNonPagePath,
  NON_PAGE_CONTENT_SECURITY_POLICY,
  pageContentSecurityPolicy,
  requestIdFrom,
  staticSecurityHeaders,
} from "@/lib/security/headers";

const directives = (policy: string) =>
  new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe("the page Content-Security-Policy", () => {
  const nonce = createNonce();
  const policy = directives(pageContentSecurityPolicy(nonce));

  test("scripts run only with this response's nonce: no inline, no eval, no other origin", () => {
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.every((s) => s.startsWith("'"))).toBe(true);
  });

  test("style elements need the nonce; only style attributes are inline", () => {
    expect(policy.get("style-src-elem")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  test("no plugins, no framing, no base-tag hijack, forms post only to this site", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  test("eval is allowed in development only, where React needs it", () => {
    expect(directives(pageContentSecurityPolicy(nonce, { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  test("nonces are 128 random bits and never repeat", () => {
    const many = new Set(Array.from({ length: 1000 }, createNonce));
    expect(many.size).toBe(1000);
    for (const n of many) {
      expect(n).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(n, "base64url")).toHaveLength(16);
    }
  });
});

describe("other responses", () => {
  test("API, uploads, evidence, CSV and iCal are not pages", () => {
    for (const path of ["/api/health", "/api/v1/kpis", "/uploads/abc", "/evidence/1", "/api/v1/kpis.csv", "/api/v1/netsugen/calendar/x.ics"]) {
      expect(isNonPagePath(path), path).toBe(true);
    }
    for (const path of ["/", "/dashboard", "/zukan/some-project", "/apiary", "/w/YUKE26"]) expect(isNonPagePath(path), path).toBe(false);
  });

  test("nothing runs in a non-page response, and a file opened directly is sandboxed", () => {
    const policy = directives(NON_PAGE_CONTENT_SECURITY_POLICY);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("sandbox")).toBe(true);
  });

  test("HSTS is sent in production only", () => {
    const names = (production: boolean) => staticSecurityHeaders({ production }).map((h) => h.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]));
  });

  test("a request id from upstream is kept only when it is a plain token", () => {
    expect(requestIdFrom("abc-123_DEF.456")).toBe("abc-123_DEF.456");
    for (const hostile of ["x\r\nSet-Cookie: a=b", "<script>", "short", "a".repeat(65), ""]) {
      expect(requestIdFrom(hostile)).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
