import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("a resident signs up, signs in and signs out", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.jp`;
  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1, name: "新規登録" })).toBeVisible();
  await page.getByLabel("お名前").fill("テスト 太郎");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill("a long enough password");
  await page.getByLabel("パスワード（確認）").fill("a long enough password");
  await page.getByLabel("利用規約とプライバシーポリシーに同意します").check();
  await page.getByRole("button", { name: "登録する" }).click();

  await expect(page).toHaveURL(/\/signin\?registered=1/);
  await expect(page.getByRole("status")).toContainText("登録を受け付けました");

  await signIn(page, { email, password: "a long enough password", name: "テスト 太郎" });
  await page.getByRole("button", { name: "サインアウト" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "サインイン" })).toBeVisible();
});

test("sign-up shows clear Japanese errors and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("お名前").fill("<script>alert(1)</script>");
  await page.getByLabel("メールアドレス").fill("not-an-email");
  await page.getByLabel("パスワード", { exact: true }).fill("short");
  await page.getByLabel("パスワード（確認）").fill("different");
  await page.getByRole("button", { name: "登録する" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toContainText("入力内容を確認してください");
  await expect(page.getByLabel("お名前")).toHaveAccessibleDescription(/記号 < > は使えません/);
  await expect(page.getByLabel("メールアドレス")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("メールアドレス")).toHaveValue("not-an-email");
});

test("a wrong password gets one message that reveals nothing", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("メールアドレス").fill(DEMO.resident.email);
  await page.getByLabel("パスワード", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("メールアドレスまたはパスワードが正しくありません");
});
