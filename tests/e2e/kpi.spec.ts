import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

// The second demo staff member, for four eyes (kept here so the shared fixtures stay as they are).
const STAFF2 = { email: "staff2@demo.yukemuri.example", password: "yukemuri-staff2-2026", name: "谷川 彩（デモ職員）" } as const;
const KPI = "sounding-surveys"; // no value in the demo seed: 累計 15 by FY2025

test("the public dashboard shows 17 goal tiles with grades in words, coverage and the demo label", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "SDGsダッシュボード" })).toBeVisible();
  await expect(page.getByText("動作確認用の架空のデモデータ")).toBeVisible();
  const goals = page.getByRole("region", { name: "17のゴール別" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(goals).toHaveCount(17);
  await expect(page.getByRole("heading", { name: /ゴール8/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "全体の状況" })).toContainText("33指標中");
  await page.getByRole("link", { name: "評価の方法" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "評価の方法" })).toBeVisible();
  await expect(page.getByText("進み具合が60%以上100%未満")).toBeVisible();
});

test("a resident cannot reach the KPI console", async ({ page }) => {
  await signIn(page, DEMO.resident);
  const response = await page.goto("/staff/kpis");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "このページを表示する権限がありません" })).toBeVisible();
});

test("staff A submits a value, A may not approve it, staff B approves and publishes, the public page shows it at once", async ({ page }) => {
  // Warm the cache with the page as it is before the value exists.
  await page.goto(`/dashboard/kpis/${KPI}`);
  await expect(page.getByRole("region", { name: "評価とその理由" })).toContainText("データなし");

  await signIn(page, DEMO.staff, `/staff/kpis/${KPI}`);
  await page.goto(`/staff/kpis/${KPI}`);
  await page.getByLabel("年度").selectOption("2025");
  await page.getByLabel("値", { exact: true }).fill("6");
  await page.getByLabel("区分").selectOption("FINAL");
  await page.getByLabel("根拠資料のURL").fill("https://www.pref.gunma.jp/site/example.html");
  await page.getByLabel("根拠資料のファイル").setInputFiles({ name: "統計表.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "下書きとして保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "下書きを保存しました（第1版）" })).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "2025年度・第1版を提出する" }).click();
  await expect(page.getByRole("button", { name: "2025年度・第1版を承認する" })).toBeVisible();
  await page.getByRole("button", { name: "2025年度・第1版を承認する" }).click();
  await expect(page.getByText("自分が提出した値は承認・差し戻しできません")).toBeVisible();

  await page.getByRole("button", { name: "サインアウト" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "サインイン" })).toBeVisible();
  await signIn(page, STAFF2, `/staff/kpis/${KPI}`);
  await page.goto(`/staff/kpis/${KPI}`);
  await page.getByRole("button", { name: "2025年度・第1版を承認する" }).click();
  await expect(page.getByRole("button", { name: "2025年度・第1版を公表する" })).toBeVisible();
  await page.getByRole("button", { name: "2025年度・第1版を公表する" }).click();
  await expect(page.getByRole("table", { name: /の値と処理状況/ })).toContainText("公表中");
  await expect(page.getByRole("region", { name: "変更の履歴" })).toContainText("承認");

  await page.goto(`/dashboard/kpis/${KPI}`);
  const table = page.getByRole("table", { name: /年度別の数値/ });
  await expect(table.getByRole("row", { name: /2025年度/ })).toContainText("6");
  // 0 → 15 by FY2025 with 6 reached: pace 40 %, under 60 %.
  await expect(page.getByRole("region", { name: "評価とその理由" })).toContainText("遅れ");
  await expect(page.getByRole("region", { name: "評価とその理由" })).toContainText("40%");
  // The evidence file is public now that the value is, and comes as a download.
  const download = page.waitForEvent("download");
  await page.getByRole("table", { name: "公表された値と訂正前の値" }).getByRole("link", { name: "ファイル" }).click();
  expect((await download).suggestedFilename()).toBe("統計表.pdf");
});
