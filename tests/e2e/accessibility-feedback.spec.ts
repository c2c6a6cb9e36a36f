// The accessibility feedback journey: someone without an account tells us what went wrong, hears
// the thanks announced, and staff find it at the top of their list and mark it handled.
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("anonymous feedback reaches the staff console, newest first, and can be marked handled", async ({ page, browser }) => {
  const what = `Focus jumps to the top after sending (${Date.now()})`;
  await page.goto("/accessibility");
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("入力内容を確認してください");
  await expect(page.getByLabel("何が起きましたか")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("どのページで起きましたか").fill("/zukan");
  await page.getByLabel("何が起きましたか").fill(what);
  await page.getByLabel("お使いの支援技術やブラウザ").fill("NVDA + Firefox");
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ありがとうございます" })).toBeVisible();
  await expect(page.getByLabel("何が起きましたか")).toHaveValue("");

  const staff = await browser.newPage();
  await signIn(staff, DEMO.staff, "/staff/feedback");
  await staff.goto("/staff/feedback");
  const first = staff.getByRole("main").getByRole("listitem").first();
  await expect(first).toContainText(what);
  await expect(first).toContainText("未対応");
  await first.getByRole("button", { name: "対応済みにする" }).click();
  await expect(first.getByRole("status")).toHaveText("対応済みにしました。");
  await staff.reload();
  await expect(staff.getByRole("main").getByRole("listitem").first()).toContainText("対応済み（");
  await staff.close();
});
