import { afterEach, describe, expect, test, vi } from "vitest";
import { operator, operatorName } from "@/lib/site/operator";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the operator shown on the contact, privacy and terms pages", () => {
  test("defaults to the office the programme's documents name, in each language", () => {
    expect(operatorName("ja")).toBe("群馬県 知事戦略部 戦略企画課 未来創生室");
    expect(operatorName("en")).toBe("Future Creation Office, Strategic Planning Division, Governor's Strategy Department, Gunma Prefectural Government");
    expect(operator("ja")).toMatchObject({ phone: null, hours: null });
  });

  test("settings replace the defaults; English ones apply to English pages only, blank ones are ignored", () => {
    vi.stubEnv("OPERATOR_HOURS", "平日 8:30〜17:15");
    vi.stubEnv("OPERATOR_HOURS_EN", "Weekdays 8:30–17:15");
    vi.stubEnv("OPERATOR_PHONE", "027-000-0000");
    vi.stubEnv("OPERATOR_EMAIL", "  ");
    expect(operator("ja")).toMatchObject({ hours: "平日 8:30〜17:15", phone: "027-000-0000", email: "yukemuri@localhost" });
    expect(operator("en")).toMatchObject({ hours: "Weekdays 8:30–17:15", phone: "027-000-0000" });
  });
});
