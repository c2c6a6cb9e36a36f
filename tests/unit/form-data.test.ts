import { describe, expect, test } from "vitest";
import { echoableValues, formDataToObject } from "@/lib/validation/form-data";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formDataToObject", () => {
  test("keeps single values, collects the named array keys, drops React's own fields", () => {
    const data = form([["name", "上州"], ["roles", "STAFF"], ["roles", "ADMIN"], ["$ACTION_ID_abc", ""]]);
    expect(formDataToObject(data, ["roles", "tags"])).toEqual({ name: "上州", roles: ["STAFF", "ADMIN"], tags: [] });
  });

  test("a file where text is expected becomes undefined, which the schema then rejects", () => {
    expect(formDataToObject(form([["name", new Blob(["x"])]]))).toEqual({ name: undefined });
  });
});

describe("echoableValues", () => {
  test("never echoes secrets or files, and cuts oversized values", () => {
    const data = form([["email", "a@b.jp"], ["password", "secret"], ["upload", new Blob(["x"])], ["note", "x".repeat(5_000)]]);
    const values = echoableValues(data, ["password"]);
    expect(values.email).toEqual(["a@b.jp"]);
    expect(values.password).toBeUndefined();
    expect(values.upload).toBeUndefined();
    expect(values.note?.[0]).toHaveLength(2_000);
  });
});

describe("hostile field names", () => {
  test("__proto__ and constructor are ordinary fields: no crash, no prototype change", () => {
    const form = new FormData();
    form.append("__proto__", "a");
    form.append("constructor", "b");
    form.append("constructor", "c");
    const object = formDataToObject(form, ["constructor"]);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(object, "__proto__")?.value).toBe("a");
    expect(object.constructor).toEqual(["b", "c"]);
    const echoed = echoableValues(form);
    expect(Object.getOwnPropertyDescriptor(echoed, "__proto__")?.value).toEqual(["a"]);
    expect(echoed.constructor).toEqual(["b", "c"]);
  });
});
