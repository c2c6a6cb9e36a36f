// The proxy's checks on what reaches Next: paths whose escapes do not decode, and server-action
// bodies that Next could not decode. What React's own encoder sends must always pass.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isMalformedActionBody } from "@/lib/security/action-body";
import { isUnreadablePath } from "@/lib/security/path-encoding";

describe("isUnreadablePath", () => {
  test("any path built from encoded printable segments passes", () => {
    const printable = fc.string({ unit: "grapheme" }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, ""));
    fc.assert(
      fc.property(fc.array(printable, { maxLength: 5 }), (segments) => {
        expect(isUnreadablePath("/" + segments.map(encodeURIComponent).join("/"))).toBe(false);
      }),
    );
  });

  test.each(["/zukan/%E0", "/zukan/%E0%A4%A", "/%", "/a%zz", "/%C0%AF", "/x/%ED%A0%80", "/zukan/%00", "/w/a%0Ab", "/x/%7F"])("%s is refused", (path) => {
    expect(isUnreadablePath(path)).toBe(true);
  });
});

const call = (body: string | FormData, headers: Record<string, string> = {}) =>
  new Request("http://localhost/signup", { method: "POST", body, headers: { "next-action": "40f73a", ...headers } });
const asText = (body: string) => call(body, { "content-type": "text/plain;charset=UTF-8" });

/** A call with a form, as React encodes it: the arguments in "0", the form's fields under "1_". */
function formCall(args: string, fields: Record<string, string> = { "1_email": "a@example.jp" }): Request {
  const form = new FormData();
  form.set("0", args);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return call(form);
}

describe("isMalformedActionBody", () => {
  test.each([
    ["no arguments", "[]"],
    ["an idle state and nothing else", '[null,"$undefined"]'],
    ["a state with typed text, escaped", '[{"ok":false,"error":"errors.checkFields","values":{"name":["$$100"]}}]'],
    ["plain markers", '["$NaN","$-0","$Infinity","$-Infinity","$D2026-12-05T00:00:00.000Z","$n12345"]'],
    ["a reference to a form, which Next reads as an empty one", '["$K1"]'],
  ])("a text call with %s passes", async (_, body) => {
    expect(await isMalformedActionBody(asText(body))).toBe(false);
  });

  test.each([
    ["broken JSON", "[[[{"],
    ["an object, not a list", "{}"],
    ["a string", '"x"'],
    ["a number out of range", "1e999"],
    ["a dangling blob", '["$B1"]'],
    ["a dangling promise", '["$@1"]'],
    ["a server reference", '[null,"$F1"]'],
    ["a temporary reference", '["$T"]'],
    ["a map", '["$Q1"]'],
    ["a nested reference", '[{"a":[{"b":"$W2"}]}]'],
    ["a bigint too long to read", `["$n${"9".repeat(301)}"]`],
    ["a bigint that is not a number", '["$nabc"]'],
    ["nothing", ""],
  ])("a text call with %s is refused", async (_, body) => {
    expect(await isMalformedActionBody(asText(body))).toBe(true);
  });

  test("a form call as React sends it passes; one with a blob or a server reference is refused", async () => {
    expect(await isMalformedActionBody(formCall('[null,"$K1"]'))).toBe(false);
    expect(await isMalformedActionBody(formCall('["$B1"]', { "1": "not a blob" }))).toBe(true);
    expect(await isMalformedActionBody(formCall('[null,"$F1"]'))).toBe(true);
    expect(await isMalformedActionBody(formCall("[[", {}))).toBe(true);
  });

  test("a call whose form has no argument part is refused", async () => {
    const form = new FormData();
    form.set("1_email", "a@example.jp");
    expect(await isMalformedActionBody(call(form))).toBe(true);
  });

  test("multipart that does not parse is refused, with or without the action header", async () => {
    const broken = '--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\nb';
    expect(await isMalformedActionBody(call(broken, { "content-type": "multipart/form-data; boundary=XX" }))).toBe(true);
    const plainPost = new Request("http://localhost/signup", { method: "POST", body: broken, headers: { "content-type": "multipart/form-data; boundary=XX" } });
    expect(await isMalformedActionBody(plainPost)).toBe(true);
    const noBoundary = new Request("http://localhost/signup", { method: "POST", body: "abc", headers: { "content-type": "multipart/form-data" } });
    expect(await isMalformedActionBody(noBoundary)).toBe(true);
  });

  test("a form posted before the script loaded passes as React renders it, and not with a dangling or hostile reply", async () => {
    const post = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries({ email: "a@example.jp", ...fields })) form.set(name, value);
      return new Request("http://localhost/signup", { method: "POST", body: form });
    };
    const rendered = { $ACTION_REF_2: "", "$ACTION_2:0": '{"id":"7fd996e3","bound":"$@1"}', "$ACTION_2:1": "[null]", $ACTION_KEY: "k64718" };
    expect(await isMalformedActionBody(post(rendered))).toBe(false);
    expect(await isMalformedActionBody(post({ ...rendered, "$ACTION_2:1": "[" }))).toBe(true);
    expect(await isMalformedActionBody(post({ ...rendered, "$ACTION_2:0": '{"id":"7fd996e3","bound":"$@9"}' }))).toBe(true);
    expect(await isMalformedActionBody(post({ ...rendered, "$ACTION_2:0": '{"id":"7fd996e3","bound":"$@0"}' }))).toBe(true);
    expect(await isMalformedActionBody(post({ ...rendered, "$ACTION_2:1": '["$B3"]' }))).toBe(true);
    expect(await isMalformedActionBody(post({ ...rendered, "$ACTION_2:0": '"7fd996e3"' }))).toBe(true);
    expect(await isMalformedActionBody(post({ $ACTION_REF_1: "" }))).toBe(true);
  });

  test("a reply may use one part twice, but not refer to itself", async () => {
    const form = new FormData();
    form.set("0", '["$@1","$@1"]');
    form.set("1", '{"a":1}');
    expect(await isMalformedActionBody(call(form))).toBe(false);
    form.set("1", '["$@1"]');
    expect(await isMalformedActionBody(call(form))).toBe(true);
  });

  test("a form posted without JavaScript passes as it stands; other requests are not looked at", async () => {
    const form = new FormData();
    form.set("$ACTION_ID_40f73a", "");
    form.set("email", "a\u0000b");
    expect(await isMalformedActionBody(new Request("http://localhost/signup", { method: "POST", body: form }))).toBe(false);
    expect(await isMalformedActionBody(new Request("http://localhost/signup"))).toBe(false);
    expect(await isMalformedActionBody(new Request("http://localhost/x", { method: "POST", body: "[[[", headers: { "content-type": "text/plain" } }))).toBe(false);
  });
});
