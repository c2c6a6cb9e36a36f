import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidSettingError, invalidSettings, setting, SETTING_NAMES } from "@/lib/env";

const ROOT = path.resolve(__dirname, "../..");

// Set by Node, Next or vitest themselves, never by whoever deploys: nothing to document.
const RUNTIME_NAMES = new Set(["NODE_ENV", "NEXT_RUNTIME", "NEXT_PHASE", "VITEST"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [full] : [];
  });
}

const APP_CODE = [...["app", "lib", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))), ...["proxy.ts", "instrumentation.ts", "next.config.ts"].map((f) => path.join(ROOT, f))];
const TOOLING_CODE = [...["scripts", "tests"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))), ...["playwright.config.ts", "vitest.config.ts"].map((f) => path.join(ROOT, f))];

const READ = /process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["'`]([A-Za-z0-9_]+)["'`]\s*\])/g;

function namesRead(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(READ)].map((m) => (m[1] ?? m[2])!);
}

function documentedNames(): Set<string> {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  return new Set(rows.flatMap((row) => [...row.split("|")[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]!)));
}

describe("environment variables", () => {
  it("are read by lib/env.ts alone in the application's code", () => {
    const elsewhere = APP_CODE.filter((file) => !file.endsWith(path.join("lib", "env.ts"))).flatMap((file) =>
      namesRead(file)
        .filter((name) => !RUNTIME_NAMES.has(name))
        .map((name) => `${path.relative(ROOT, file)} reads ${name}`),
    );
    expect(elsewhere).toEqual([]);
    const dynamic = APP_CODE.filter((file) => !file.endsWith(path.join("lib", "env.ts")) && /process\.env\[\s*[^"'`\s]/.test(readFileSync(file, "utf8")));
    expect(dynamic.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("are all named in the README's Configuration section, whoever reads them", () => {
    const documented = documentedNames();
    const undocumentedSettings = SETTING_NAMES.filter((name) => !documented.has(name));
    expect(undocumentedSettings).toEqual([]);
    const undocumentedReads = [...APP_CODE, ...TOOLING_CODE].flatMap((file) =>
      namesRead(file)
        .filter((name) => !RUNTIME_NAMES.has(name) && !documented.has(name))
        .map((name) => `${path.relative(ROOT, file)} reads ${name}`),
    );
    expect(undocumentedReads).toEqual([]);
  });

  it("application code reads only the settings lib/env.ts declares", () => {
    const declared = new Set<string>(SETTING_NAMES);
    const undeclared = APP_CODE.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bsetting\(\s*"([A-Z0-9_]+)"/g)].map((m) => m[1]!).filter((name) => !declared.has(name)),
    );
    expect(undeclared).toEqual([]);
  });

  it("gives typed values and undefined for unset or blank ones", () => {
    expect(setting("PORT", { PORT: "3100" })).toBe(3100);
    expect(setting("JOBS_IN_PROCESS", { JOBS_IN_PROCESS: "false" })).toBe(false);
    expect(setting("JOBS_IN_PROCESS", { JOBS_IN_PROCESS: "1" })).toBe(true);
    expect(setting("SMTP_URL", { SMTP_URL: "  smtp://relay.internal:25 " })).toBe("smtp://relay.internal:25");
    expect(setting("SMTP_URL", { SMTP_URL: "   " })).toBeUndefined();
    expect(setting("MAIL_FROM", {})).toBeUndefined();
    expect(setting("DATABASE_URL", { DATABASE_URL: "postgresql:///yuke?host=/var/run/postgresql" })).toBe("postgresql:///yuke?host=/var/run/postgresql");
  });

  it("refuses a malformed value by its name, without echoing the value", () => {
    const secretUrl = "mysql://admin:hunter2@db/yuke";
    expect(() => setting("DATABASE_URL", { DATABASE_URL: secretUrl })).toThrow(InvalidSettingError);
    try {
      setting("DATABASE_URL", { DATABASE_URL: secretUrl });
    } catch (error) {
      expect((error as Error).message).toContain("DATABASE_URL");
      expect((error as Error).message).not.toContain("hunter2");
    }
    for (const [name, value] of [["PORT", "abc"], ["PORT", "70000"], ["JOBS_IN_PROCESS", "yes"], ["LOG_LEVEL", "loud"], ["NEXTAUTH_URL", "javascript:alert(1)"], ["SMTP_URL", "http://mail"], ["PAGE_CACHE_SECONDS", "-1"], ["OPERATOR_EMAIL", "not an address"]] as const) {
      expect(() => setting(name, { [name]: value }), `${name}=${value}`).toThrow(InvalidSettingError);
    }
  });

  it("lists every malformed setting at once", () => {
    const problems = invalidSettings({ PORT: "abc", LOG_LEVEL: "loud", SMTP_URL: "smtp://ok:25" });
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/PORT[\s\S]*LOG_LEVEL/);
  });
});
