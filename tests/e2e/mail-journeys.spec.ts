// Journeys that go through someone's inbox: the server under test sends real SMTP to the mail
// catcher (tests/e2e/mail-catcher.ts), and the test follows the link in the message it received.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";
import { linkFrom, waitForMail } from "./mail-catcher";

const main = (page: Page) => page.getByRole("main");

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("お名前").fill(name);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill(password);
  await page.getByLabel("パスワード（確認）").fill(password);
  await page.getByLabel("利用規約とプライバシーポリシーに同意します").check();
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page).toHaveURL(/\/signin\?registered=1/);
  await expect(page.getByRole("status")).toContainText("確認のメールを送りました");
}

test("sign up → confirm the address from the mail → post an idea", async ({ page, baseURL }) => {
  const email = `confirm-${Date.now()}@example.jp`;
  const account = { email, password: "a long enough password", name: "確認 花子" };
  await signUp(page, account.name, email, account.password);
  await signIn(page, account);

  // Before confirming: every page says so, and the idea form explains instead of failing later.
  await expect(main(page).getByText("メールアドレスの確認が済んでいません。")).toBeVisible();
  await page.goto("/ideas/new");
  await expect(page).toHaveURL(/\/account\/confirm-email\?callbackUrl=%2Fideas%2Fnew/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メールアドレスの確認をお願いします");
  await expect(main(page)).toContainText(email);

  const mail = await waitForMail(email, /メールアドレスの確認/);
  expect(mail.headers["list-unsubscribe"]).toBeUndefined();
  const link = linkFrom(mail, `${baseURL}/confirm-email?token=`);
  await page.goto(link);
  await page.getByRole("button", { name: "確認を完了する" }).click();
  await expect(main(page).getByRole("status")).toContainText("メールアドレスを確認しました");

  // The same link a second time is spent.
  await page.goto(link);
  await expect(main(page)).toContainText("このリンクは使えません");

  const title = `確認後の最初のアイデア ${Date.now()}`;
  await page.goto("/ideas/new");
  await page.getByLabel("タイトル").fill(title);
  await page.getByLabel("内容").fill("温泉街の空き店舗で、週末だけの朝市を開きます。");
  await page.getByRole("button", { name: "投稿する" }).click();
  await expect(main(page).getByRole("status")).toContainText("アイデアを受け付けました");
  await expect(main(page).getByText(title)).toBeVisible();
});

test("forgot password → reset from the mail → the old session is gone", async ({ page, browser, baseURL }) => {
  const email = `reset-${Date.now()}@example.jp`;
  const account = { email, password: "the first password", name: "再設定 次郎" };
  await signUp(page, account.name, email, account.password);
  await signIn(page, account, "/account");

  // Another browser asks for the reset, as someone who forgot would.
  const other = await browser.newContext({ baseURL, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const phone = await other.newPage();
  await phone.goto("/signin");
  await phone.getByRole("link", { name: "パスワードを忘れた方" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("パスワードの再設定");
  await phone.getByLabel("メールアドレス").fill(email);
  await phone.getByRole("button", { name: "再設定のメールを送る" }).click();
  await expect(phone.getByRole("main").getByRole("status")).toContainText("パスワードを再設定するためのメールを送りました");

  const mail = await waitForMail(email, /パスワードの再設定/);
  await phone.goto(linkFrom(mail, `${baseURL}/reset-password?token=`));
  await phone.getByLabel("新しいパスワード", { exact: true }).fill("the second password");
  await phone.getByLabel("新しいパスワード（確認）").fill("the second password");
  await phone.getByRole("button", { name: "パスワードを設定する" }).click();
  await expect(phone).toHaveURL(/\/signin\?reset=1/);
  await expect(phone.getByRole("main").getByRole("status").first()).toContainText("パスワードを再設定しました");
  await signIn(phone, { ...account, password: "the second password" });
  await other.close();

  // The first browser's session ended with the reset.
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await waitForMail(email, /パスワードが変更されました/);
});

test("change the address → confirm from the new inbox → the old inbox is told", async ({ page, baseURL }) => {
  const email = `move-${Date.now()}@example.jp`;
  const newEmail = `moved-${Date.now()}@example.jp`;
  const account = { email, password: "a password to move with", name: "転居 三郎" };
  await signUp(page, account.name, email, account.password);
  await page.goto(linkFrom(await waitForMail(email, /メールアドレスの確認/), `${baseURL}/confirm-email?token=`));
  await page.getByRole("button", { name: "確認を完了する" }).click();
  await signIn(page, account, "/account");

  const section = page.getByRole("region", { name: "メールアドレスの変更" });
  await section.getByLabel("新しいメールアドレス").fill(newEmail);
  await section.getByLabel("現在のパスワード").fill(account.password);
  await section.getByRole("button", { name: "確認のメールを送る" }).click();
  await expect(section.getByRole("status")).toContainText(`${newEmail} に確認のメールを送りました`);

  await page.goto(linkFrom(await waitForMail(newEmail, /新しいメールアドレスの確認/), `${baseURL}/confirm-email?token=`));
  await page.getByRole("button", { name: "確認を完了する" }).click();
  await expect(main(page).getByRole("status")).toContainText("メールアドレスを確認しました");
  const notice = await waitForMail(email, /メールアドレスが変更されました/);
  expect(notice.text).toContain(newEmail);

  await page.goto("/account");
  await expect(main(page)).toContainText(newEmail);
});
