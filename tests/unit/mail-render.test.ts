import { describe, expect, test } from "vitest";
import { escapeHtml, renderMail, type Translate } from "@/lib/mail/render";
import { signUnsubscribe, verifyUnsubscribe } from "@/lib/mail/unsubscribe-token";
import { kindMessageKey } from "@/lib/mail/kinds";

// Echoes the key and its values, so the tests see exactly what was asked for.
const t: Translate = (key, values) => (values ? `${key}(${Object.values(values).join("|")})` : key);
const operator = { name: "群馬県", department: "未来創生室", postalAddress: "前橋市", email: "ops@example.jp", phone: null, hours: null };

describe("renderMail", () => {
  const content = {
    subject: { key: "mail.subjects.x" },
    recipientName: "<b>Ann</b>",
    paragraphs: [{ key: "p", values: { title: `"><img src=x onerror=alert(1)>` } }],
    action: { url: "https://yukemuri.test/ideas/mine?a=1&b=2" },
    reason: { key: "mail.reasons.generic" },
  };

  test("escapes every value in the HTML part, keeps it as typed in the text part", () => {
    const mail = renderMail(t, content, { operator, locale: "ja", unsubscribeUrl: "https://yukemuri.test/u?token=x" });
    expect(mail.html).not.toMatch(/<img|<b>Ann/);
    expect(mail.html).toContain("&lt;b&gt;Ann&lt;/b&gt;");
    expect(mail.html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.html).toContain('href="https://yukemuri.test/ideas/mine?a=1&amp;b=2"');
    expect(mail.text).toContain(`p("><img src=x onerror=alert(1)>)`);
    expect(mail.text).toContain("https://yukemuri.test/ideas/mine?a=1&b=2");
  });

  test("names the operator and says why, in both parts", () => {
    const mail = renderMail(t, content, { operator, locale: "ja" });
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("mail.operator(群馬県|未来創生室)");
      expect(part).toContain("mail.contact(ops@example.jp)");
      expect(part).toContain("mail.reasons.generic");
    }
  });

  test("an unsubscribe link only when given one", () => {
    expect(renderMail(t, content, { operator, locale: "ja" }).text).not.toContain("mail.unsubscribe");
    expect(renderMail(t, content, { operator, locale: "ja", unsubscribeUrl: "https://yukemuri.test/u" }).text).toContain("https://yukemuri.test/u");
  });

  test("never writes a non-http link, and a subject is one line", () => {
    const mail = renderMail((key) => (key === "s" ? "a\r\nBcc: x@evil.example" : key), { ...content, subject: { key: "s" }, action: { url: "javascript:alert(1)" } }, { operator, locale: "en" });
    expect(mail.html).not.toContain("javascript:");
    expect(mail.text).not.toContain("javascript:");
    expect(mail.subject).toBe("a Bcc: x@evil.example");
  });

  test("escapeHtml", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("unsubscribe tokens", () => {
  test("round trip, and any change breaks them", () => {
    const token = signUnsubscribe("user-1", "project.update", "s1");
    expect(verifyUnsubscribe(token, "s1")).toEqual({ userId: "user-1", kind: "project.update" });
    expect(verifyUnsubscribe(token, "s2")).toBeNull();
    expect(verifyUnsubscribe(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), "s1")).toBeNull();
    const other = signUnsubscribe("user-2", "project.update", "s1");
    expect(verifyUnsubscribe(`${other.split(".")[0]}.${token.split(".")[1]}`, "s1")).toBeNull();
    for (const bad of [undefined, null, 42, "", ".", "x".repeat(1000)]) expect(verifyUnsubscribe(bad, "s1")).toBeNull();
  });

  test("kinds map to catalogue keys without dots", () => {
    expect(kindMessageKey("project.update")).toBe("projectUpdate");
    expect(kindMessageKey("idea.answered")).toBe("ideaAnswered");
    expect(kindMessageKey("anything.else")).toBe("generic");
  });
});
