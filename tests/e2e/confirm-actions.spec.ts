// Steps that end or remove something ask first (components/ui/confirm-submit.tsx), and a hidden
// post can be shown again. On a 390 px phone: 「やめる」 and Escape change nothing and give focus
// back to the button; confirming hides the post; it is listed as hidden with who, when and why;
// 表示に戻す brings it back to the project page.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

const PHONE = { width: 390, height: 844 };

const commentOn = (page: Page, text: string) => page.getByRole("region", { name: "コメント" }).getByRole("listitem").filter({ hasText: text });

test("hiding a reported comment asks first; cancelled, nothing happens; confirmed, it is hidden, listed, and shown again", async ({ browser, page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const slug = ((await (await anonymous.get("/api/v1/projects")).json()) as { data: { slug: string }[] }).data[0]!.slug;
  const comment = `確認ダイアログの試験 ${Date.now()}`;

  // A resident comments and reports the comment.
  await signIn(page, DEMO.resident, `/zukan/${slug}`);
  await page.getByRole("textbox", { name: "コメント" }).fill(comment);
  await page.getByRole("button", { name: "コメントする" }).click();
  const mine = commentOn(page, comment);
  await expect(mine).toBeVisible();
  await mine.getByText("問題を報告").click();
  await mine.getByLabel("報告の理由").fill("試験のための報告です");
  await mine.getByRole("button", { name: "報告する" }).click();
  await expect(mine.getByRole("status")).toContainText("報告を受け付けました");

  // Staff on a phone.
  const staff = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(staff, DEMO.staff, "/staff/moderation"); // the header names the person only on a wide screen
  await staff.setViewportSize(PHONE);
  await staff.goto("/staff/moderation");
  const report = staff.getByRole("main").getByRole("listitem").filter({ hasText: comment }).filter({ has: staff.getByRole("button", { name: "報告を却下" }) });
  const hide = report.getByRole("button", { name: "非表示にする" });
  const dialog = staff.getByRole("dialog", { name: "この投稿を非表示にしますか？" });

  // 「やめる」: the dialog closes, focus returns to the button, nothing changed.
  await hide.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("表示に戻せます");
  await expect(dialog.getByRole("button", { name: "やめる" })).toBeFocused();
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await staff.screenshot({ path: "/tmp/confirm-dialog-390.png" });
  await dialog.getByRole("button", { name: "やめる" }).click();
  await expect(dialog).toBeHidden();
  await expect(hide).toBeFocused();

  // Escape, from the keyboard: the same.
  await hide.press("Enter");
  await expect(dialog).toBeVisible();
  await staff.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(hide).toBeFocused();
  await staff.reload();
  await expect(hide).toBeVisible();
  await page.reload();
  await expect(commentOn(page, comment)).toBeVisible();

  // Confirmed: hidden from the project page, listed as hidden with who, when and why.
  await hide.click();
  await dialog.getByRole("button", { name: "非表示にする" }).click();
  const hiddenList = staff.getByRole("region", { name: "非表示にした投稿" });
  const hidden = hiddenList.getByRole("listitem").filter({ hasText: comment });
  await expect(hidden).toBeVisible();
  await expect(hidden).toContainText("試験のための報告です");
  await expect(hidden).toContainText(DEMO.staff.name);
  await expect(hidden.getByRole("time")).toBeVisible();
  await expect(report).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "コメント", exact: true })).toBeVisible();
  await expect(commentOn(page, comment)).toHaveCount(0);
  await hidden.scrollIntoViewIfNeeded();
  await staff.screenshot({ path: "/tmp/confirm-hidden-list-390.png", fullPage: true });

  // 表示に戻す: off the hidden list, back on the project page.
  await hidden.getByRole("button", { name: /を表示に戻す$/ }).click();
  await expect(hiddenList.getByRole("listitem").filter({ hasText: comment })).toHaveCount(0);
  await page.reload();
  await expect(commentOn(page, comment)).toBeVisible();
  await staff.context().close();
});
