import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";
import { linkFrom, waitForMail } from "./mail-catcher";

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

test("staff who are not admins cannot invite; an admin invites, and the invitee sets a password from the mail", async ({ page, browser, baseURL }) => {
  await signIn(page, DEMO.staff);
  expect((await page.goto("/admin/users"))?.status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, DEMO.admin, "/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "アカウント管理" })).toBeVisible();
  const email = `staff-${Date.now()}@pref.example`;
  await page.getByLabel("お名前").fill("新任 職員");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByRole("checkbox", { name: "県職員" }).check();
  await page.getByRole("button", { name: "招待のメールを送る" }).click();
  await expect(page.getByRole("status")).toContainText("招待のメールを送りました");
  await expect(page.getByRole("cell", { name: email })).toContainText("招待中");

  const invitee = await browser.newContext({ baseURL, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const phone = await invitee.newPage();
  await phone.goto(linkFrom(await waitForMail(email, /アカウントへの招待/), `${baseURL}/reset-password?token=`));
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("パスワードを設定して、利用を始めましょう");
  await phone.getByLabel("新しいパスワード", { exact: true }).fill("my own staff password");
  await phone.getByLabel("新しいパスワード（確認）").fill("my own staff password");
  await phone.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(phone).toHaveURL(/\/signin\?reset=1/);
  await signIn(phone, { email, password: "my own staff password", name: "新任 職員" }, "/staff");
  await expect(phone).toHaveURL(/\/staff$/);
  await invitee.close();
});
