import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("the home page is Japanese first and switches to English and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("湯けむり：県民・企業・行政が地域の未来を共に創る場");
  await expect(page.getByRole("heading", { level: 2, name: "湯けむりでできること" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Yukemuri: where residents, companies and government shape the future of their area together",
  );
  await expect(page.getByRole("heading", { level: 2, name: "What you can do on Yukemuri" })).toBeVisible();

  // The choice is remembered on the next visit, and can be undone.
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "サインイン" })).toBeVisible();
});

test("a browser that prefers English gets English without choosing", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("on a phone the menu opens from a button and every journey is reachable", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/");
  const menu = page.getByRole("button", { name: "メニュー" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("banner").getByRole("link", { name: "サインイン" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("an unknown page answers 404 in the visitor's language", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("on a phone the first screen offers the four journeys as actions, and the join code leads into the workshop", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/");
  const code = page.getByLabel("ワークショップの参加コード");
  const journeys = page.getByRole("navigation", { name: "目的から選ぶ" });
  for (const target of [code, journeys.getByRole("link", { name: /SDGsダッシュボード/ }), journeys.getByRole("link", { name: /湯けむり未来図鑑/ }), journeys.getByRole("link", { name: /NETSUGENを予約する/ })]) {
    const box = await target.boundingBox();
    expect(box, "on the first screen").not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  }
  await code.fill("yuke26");
  await page.getByRole("button", { name: "参加する" }).click();
  await expect(page).toHaveURL(/\/w\/YUKE26$/);
  await context.close();
});

test("signed in, the home page shows the next step instead of sign-up; staff land on their inbox", async ({ page }) => {
  await signIn(page, DEMO.resident);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: `${DEMO.resident.name}さん、次はこちらから` })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "新規登録" })).toHaveCount(0);
  await page.getByRole("banner").getByRole("button", { name: "サインアウト" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "サインイン" })).toBeVisible();

  // Without a page to return to, sign-in takes staff to the console's inbox.
  await page.goto("/signin");
  await page.getByLabel("メールアドレス").fill(DEMO.staff.email);
  await page.getByLabel("パスワード", { exact: true }).fill(DEMO.staff.password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { level: 2, name: "対応待ち" })).toBeVisible();
  await expect(page.getByRole("link", { name: /審査を待っているアイデア/ })).toHaveAttribute("href", "/staff/ideas");
});
