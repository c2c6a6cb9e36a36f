import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("an anonymous visitor to the staff console is sent to sign in", async ({ page }) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstaff/);
});

test("a resident is refused the staff console", async ({ page }) => {
  await signIn(page, DEMO.resident);
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("このページを表示する権限がありません");
  await expect(page.getByText("登録データの概要")).toHaveCount(0);
});

test("staff see the console's inbox, each tray linking to its work", async ({ page }) => {
  await signIn(page, DEMO.staff, "/staff");
  await expect(page.getByRole("heading", { level: 1, name: "職員コンソール" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "対応待ち" })).toBeVisible();
  await expect(page.getByRole("link", { name: /承認を待っているKPIの値/ })).toHaveAttribute("href", "/staff/kpis");
  await expect(page.getByRole("link", { name: /今日のワークショップ/ })).toHaveAttribute("href", "/staff/workshops");
  // Mail that was not delivered is an administrator's tray, not staff's.
  await expect(page.getByRole("link", { name: /届かなかったメール/ })).toHaveCount(0);
});

test("staff who are not admins cannot create accounts; admins can", async ({ page }) => {
  await signIn(page, DEMO.staff);
  expect((await page.goto("/admin/users"))?.status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, DEMO.admin, "/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "アカウント管理" })).toBeVisible();
  const email = `staff-${Date.now()}@pref.example`;
  await page.getByLabel("お名前").fill("新任 職員");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("初期パスワード").fill("a long enough password");
  await page.getByRole("checkbox", { name: "県職員" }).check();
  await page.getByRole("button", { name: "アカウントを作成" }).click();
  await expect(page.getByRole("status")).toContainText("アカウントを作成しました");
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
});
