// A client component can only show the messages its area sends to the browser; a namespace left
// out shows its raw keys ("signInWait.title") instead of a sentence. The sign-in pages' forms are
// checked here against the auth area's list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { AREA_NAMESPACES, SHELL_NAMESPACES } from "@/lib/i18n/client-namespaces";

/** Top-level namespaces a folder's client components ask for with useTranslations("…"). */
function clientNamespaces(folder: string): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(folder)) {
    const text = readFileSync(path.join(folder, file), "utf8");
    if (!text.startsWith('"use client"')) continue;
    for (const match of text.matchAll(/useTranslations\("([^"]+)"\)/g)) names.add(match[1]!.split(".")[0]!);
  }
  return [...names].sort();
}

describe("client message namespaces", () => {
  test("every namespace the sign-in, sign-up and password forms use reaches the browser", () => {
    const used = clientNamespaces("components/auth");
    expect(used).toContain("signInWait");
    const sent = new Set<string>([...SHELL_NAMESPACES, ...AREA_NAMESPACES.auth]);
    expect(used.filter((name) => !sent.has(name))).toEqual([]);
  });
});
