import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

// The second demo staff member, for four eyes (kept here so the shared fixtures stay as they are).
const STAFF2 = { email: "staff2@demo.yukemuri.example", password: "yukemuri-staff2-2026", name: "谷川 彩（デモ職員）" } as const;
const KPI = "sounding-surveys"; // no value in the demo seed: 累計 15 by FY2025

test("the public dashboard answers at a glance: a headline in words and numbers, goal tiles, goals without KPIs collapsed", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "SDGsダッシュボード" })).toBeVisible();
  await expect(page.getByText("動作確認用の架空のデモデータ")).toBeVisible();
  const summary = page.getByRole("region", { name: "全体の状況" });
  await expect(summary).toContainText(/33指標中 達成\d+・順調\d+・やや遅れ\d+・遅れ\d+・データなし\d+/);
  // The legend, once: every grade's word with what it means.
  await expect(summary).toContainText("計画どおりか、それより早い");
  const goals = page.getByRole("region", { name: "17のゴール別" });
  const tiles = goals.getByRole("link", { name: /^ゴール\d+/ });
  const collapsed = goals.locator("details");
  await expect(collapsed).not.toHaveAttribute("open");
  // Closed, so its items are hidden from the accessibility tree: count the elements.
  const without = await collapsed.locator("li").count();
  expect(without).toBeGreaterThan(0);
  expect((await tiles.count()) + without).toBe(17);
  await expect(collapsed.locator("summary")).toHaveText(`KPIが結び付いていないゴール（${without}）`);
  await collapsed.locator("summary").click();
  await expect(collapsed.getByRole("listitem")).toHaveCount(without);
  // Greenhouse-gas emissions has no goal in the curated data; it is reached from goal 13.
  await goals.getByRole("link", { name: /^ゴール13/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "気候変動に具体的な対策を" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "温室効果ガス排出量" })).toBeVisible();
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "評価の方法" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "評価の方法" })).toBeVisible();
  await expect(page.getByText("進み具合が60%以上100%未満")).toBeVisible();
});

test("the KPI table sorts by its headers and filters by grade, and the address keeps the view", async ({ page }) => {
  await page.goto("/dashboard");
  const region = page.getByRole("region", { name: "全KPIの一覧" });
  const table = region.getByRole("table");
  const status = region.getByRole("status");
  await expect(status).toHaveText("33件を表示（全33件）");
  const names = () => table.locator("tbody th").allInnerTexts();

  await table.getByRole("link", { name: "指標", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\?sort=name$/);
  await expect(table.getByRole("columnheader", { name: "指標", exact: true })).toHaveAttribute("aria-sort", "ascending");
  const ascending = await names();
  expect(ascending).toEqual([...ascending].sort(new Intl.Collator("ja").compare));
  await table.getByRole("link", { name: "指標", exact: true }).click();
  await expect(table.getByRole("columnheader", { name: "指標", exact: true })).toHaveAttribute("aria-sort", "descending");
  expect(await names()).toEqual([...ascending].reverse());

  await region.getByLabel("評価", { exact: true }).selectOption({ label: "達成" });
  await region.getByRole("button", { name: "表示する" }).click();
  await expect(page).toHaveURL(/grade=achieved/);
  await expect(page).toHaveURL(/sort=name/);
  const rows = table.locator("tbody tr");
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(33);
  await expect(status).toHaveText(`${shown}件を表示（全33件）`);
  for (const row of await rows.all()) await expect(row.getByRole("cell").first()).toContainText("達成");
  await expect(region.getByLabel("評価", { exact: true })).toHaveValue("achieved");
  await region.getByRole("link", { name: "条件を外す" }).click();
  await expect(status).toHaveText("33件を表示（全33件）");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a shared view opens sorted and filtered, and the form still filters", async ({ page }) => {
    await page.goto("/dashboard?grade=no-data&sort=year&dir=desc");
    const region = page.getByRole("region", { name: "全KPIの一覧" });
    const status = region.getByRole("status");
    await expect(status).toContainText(/^\d+件を表示（全33件）$/);
    for (const row of await region.locator("tbody tr").all()) await expect(row.getByRole("cell").first()).toContainText("データなし");
    await expect(region.getByRole("columnheader", { name: /最新の実績/ })).toHaveAttribute("aria-sort", "descending");
    await region.getByLabel("評価", { exact: true }).selectOption({ label: "すべて" });
    await region.getByLabel("側面", { exact: true }).selectOption({ label: "環境" });
    await region.getByRole("button", { name: "表示する" }).click();
    await expect(page).toHaveURL(/pillar=environment/);
    await expect(region.getByRole("link", { name: "温室効果ガス排出量" })).toBeVisible();
    await expect(region.getByRole("link", { name: "県内総生産（名目）" })).toHaveCount(0);
  });
});

test("a KPI page opens with the latest value, the target and the verdict, at the plan's precision, with this KPI's data", async ({ page }) => {
  await page.goto("/dashboard/kpis/ghg-emissions");
  const glance = page.getByRole("region", { name: "ひと目でわかる状況" });
  await expect(glance).toContainText("いまの値");
  await expect(glance).toContainText("13,500千t-CO2");
  await expect(glance).toContainText("9,824千t-CO2");
  await expect(glance).toContainText("2030年度");
  await expect(glance).toContainText("やや遅れ");
  await expect(glance).not.toContainText("期待値");
  const csv = await page.request.get((await glance.getByRole("link", { name: "CSVでダウンロード" }).getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(await csv.text()).toContain("ghg-emissions");
  expect(await csv.text()).not.toContain("gross-prefectural-product");
  await expect(glance.getByRole("link", { name: "JSONで見る" })).toHaveAttribute("href", "/api/v1/kpis/ghg-emissions");
  // A KPI whose plan prints no baseline draws no planned path and has no empty columns for one.
  await page.goto("/dashboard/kpis/five-g-technology-adoption-support");
  const table = page.getByRole("table", { name: /年度別の数値/ });
  await expect(table.getByRole("columnheader", { name: "計画どおりの道筋" })).toHaveCount(0);
  await expect(table.getByRole("columnheader", { name: "基準値" })).toHaveCount(0);
});

test("a resident cannot reach the KPI console", async ({ page }) => {
  await signIn(page, DEMO.resident);
  const response = await page.goto("/staff/kpis");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "このページを表示する権限がありません" })).toBeVisible();
});

test("staff A submits a value, A is offered only to withdraw it (and does, and submits again), staff B approves and publishes, the public page shows it at once", async ({ page }) => {
  // Warm the cache with the page as it is before the value exists.
  await page.goto(`/dashboard/kpis/${KPI}`);
  await expect(page.getByRole("region", { name: "評価とその理由" })).toContainText("データなし");

  await signIn(page, DEMO.staff, `/staff/kpis/${KPI}`);
  await page.goto(`/staff/kpis/${KPI}`);
  // The page is named after the KPI, and the form has what the value is entered against beside it.
  await expect(page).toHaveTitle(/^サウンディング調査実施件数（累計） \| /);
  const reference = page.getByRole("region", { name: "この指標の基準値と目標" });
  await expect(reference).toContainText("計画に基準値の記載はありません");
  await expect(reference).toContainText("15件（2025年度）");
  await expect(reference).toContainText("まだ公表された値はありません");
  await page.getByLabel("年度").selectOption("2025");
  await page.getByLabel("値", { exact: true }).fill("6");
  await page.getByLabel("区分").selectOption("FINAL");
  await page.getByLabel("根拠資料のURL").fill("https://www.pref.gunma.jp/site/example.html");
  await page.getByLabel("根拠資料のファイル").setInputFiles({ name: "統計表.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByLabel("メモ").fill("速報値。\n確報は翌年度6月に公表");
  await page.getByRole("button", { name: "下書きとして保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "下書きを保存しました（第1版）" })).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "2025年度・第1版を提出する" }).click();
  // Four eyes: the submitter is offered no approve or return, only taking the value back.
  await page.getByRole("button", { name: "2025年度・第1版を取り下げる" }).click();
  await expect(page.getByRole("button", { name: "2025年度・第1版を提出する" })).toBeVisible();
  await expect(page.getByRole("region", { name: "変更の履歴" })).toContainText("提出の取り下げ");
  await page.getByRole("button", { name: "2025年度・第1版を提出する" }).click();
  await expect(page.getByRole("button", { name: "2025年度・第1版を取り下げる" })).toBeVisible();
  await expect(page.getByText("あなたが提出した値です")).toBeVisible();
  await expect(page.getByRole("button", { name: "2025年度・第1版を承認する" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "2025年度・第1版を差し戻す" })).toHaveCount(0);

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
