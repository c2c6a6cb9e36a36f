import { describe, expect, test } from "vitest";
import { catalogues } from "@/lib/i18n/catalogues";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  test("Japanese and English have exactly the same keys", async () => {
    const [ja, en] = await Promise.all([catalogues.ja(), catalogues.en()]);
    expect(keyPaths(en).sort()).toEqual(keyPaths(ja).sort());
  });

  test("no message is empty, and every error key the code uses exists in both", async () => {
    for (const catalogue of [await catalogues.ja(), await catalogues.en()]) {
      for (const path of keyPaths(catalogue)) {
        const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
        expect(typeof value, path).toBe("string");
        expect(String(value).trim(), path).not.toBe("");
      }
      const errors = catalogue.errors as Record<string, string>;
      for (const key of ["checkFields", "required", "tooLong", "markupNotAllowed", "email", "passwordTooShort", "forbidden", "signInRequired"]) {
        expect(errors[key], key).toBeTruthy();
      }
    }
  });
});
