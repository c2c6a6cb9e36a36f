import { expect, test } from "@playwright/test";
import { addDays, tokyoClock } from "../../lib/netsugen/rules/calendar";
import { dayTypeOf } from "../../lib/netsugen/rules/opening-hours";
import { DEMO, signIn } from "./fixtures";
import { linkFrom, waitForMail } from "./mail-catcher";

// A weekday (not a holiday) a few days ahead, so 10:00–21:00 applies and 13:00 is in the future.
function nextPlainWeekday(): string {
  let key = addDays(tokyoClock(new Date()).dateKey, 2);
  while (dayTypeOf(key).dayType !== "WEEKDAY") key = addDays(key, 1);
  return key;
}

test.describe.serial("NETSUGEN booking", () => {
  const date = nextPlainWeekday();

  test("a visitor sees today's hours, whether it is a holiday, and the occupancy", async ({ page }) => {
    await page.goto("/netsugen");
    await expect(page.getByRole("heading", { level: 1, name: "官民共創スペース NETSUGEN" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "今日の開館時間" })).toBeVisible();
    await expect(page.getByText(/今日は祝日(ではありません|（)/)).toBeVisible();
    await expect(page.getByText("現在 40席中 0席が利用中")).toBeVisible();
    await expect(page.getByRole("table")).toContainText("10:00〜");
  });

  test("a member books a meeting room", async ({ page }) => {
    await signIn(page, DEMO.member, `/netsugen/spaces/meeting-room-a?date=${date}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("会議室A");
    await page.getByLabel("開始時刻").selectOption("13:00");
    await page.getByLabel("利用時間").selectOption("60");
    await page.getByLabel("利用目的").fill("プロジェクト打合せ");
    await page.getByRole("button", { name: "予約する" }).click();
    await expect(page.getByText("予約しました。")).toBeVisible();
    await page.getByRole("link", { name: "自分の予約を見る" }).click();
    await expect(page.getByRole("row", { name: /13:00〜14:00 会議室A.*確定/ })).toBeVisible();

    // The confirmation arrives by mail with the booking as a calendar file.
    // (Other specs book other rooms for this member: this is the mail about this booking.)
    const mail = await waitForMail(DEMO.member.email, /NETSUGENの予約が確定しました/, { containing: "「会議室A」の予約が確定しました。" });
    const ics = mail.attachments.find((a) => a.filename.endsWith(".ics"));
    expect(ics?.contentType).toBe("text/calendar");
    expect(ics?.content).toContain(`DTSTART:${date.replace(/-/g, "")}T040000Z`);
  });

  test("a second member sees the slot as taken and cannot choose it", async ({ page }) => {
    await signIn(page, DEMO.member2, `/netsugen/spaces/meeting-room-a?date=${date}`);
    // The booking plus the room's 15 minutes of tidying.
    await expect(page.getByRole("listitem").filter({ hasText: "13:00〜14:15" })).toContainText("予約済み");
    const starts = await page.getByLabel("開始時刻").locator("option").allTextContents();
    expect(starts).not.toContain("13:00");
    expect(starts).not.toContain("13:30");
    expect(starts).toContain("14:15");
  });

  test("the studio needs approval, and staff approve it", async ({ page }) => {
    await signIn(page, DEMO.member, `/netsugen/spaces/tsulunos-studio?date=${date}`);
    await expect(page.getByText("このスペースは職員の承認が必要です。", { exact: false })).toBeVisible();
    await page.getByLabel("開始時刻").selectOption("15:00");
    await page.getByLabel("利用時間").selectOption("120");
    await page.getByRole("button", { name: "承認を申請する" }).click();
    await expect(page.getByText("承認を申請しました。", { exact: false })).toBeVisible();

    await page.context().clearCookies();
    await signIn(page, DEMO.staff, "/staff/netsugen");
    const row = page.getByRole("table", { name: "承認待ちの申請" }).getByRole("row", { name: /tsulunos/ });
    await expect(row).toContainText("承認待ち");
    await row.getByRole("button", { name: "承認する" }).click();
    await expect(page.getByText("承認しました。")).toBeVisible();
  });

  test("a drop-in member checks in and out at reception, and the fee shows on their page", async ({ page, browser }) => {
    await signIn(page, DEMO.member2, "/netsugen/bookings");
    await expect(page.getByRole("heading", { name: "チェックイン用コード" })).toBeVisible();
    await expect(page.getByRole("img", { name: "チェックイン用コード" })).toBeVisible();
    const code = (await page.locator("strong").filter({ hasText: /^[0-9A-Z]{5}-[0-9A-Z]{5}$/ }).textContent())!.trim();

    const reception = await browser.newPage();
    await signIn(reception, DEMO.staff, "/staff/netsugen");
    await reception.getByLabel("会員のコード").fill(code);
    await reception.getByRole("button", { name: "確認する" }).click();
    await expect(reception.getByText(`${DEMO.member2.name}さんがチェックインしました。`)).toBeVisible();
    await reception.getByLabel("会員のコード").fill(code);
    await reception.getByRole("button", { name: "確認する" }).click();
    await expect(reception.getByText(`${DEMO.member2.name}さんがチェックアウトしました。料金：￥250`)).toBeVisible();
    // A made-up code is refused with a message, not an error page.
    await reception.getByLabel("会員のコード").fill("ABCDE-FGHJK");
    await reception.getByRole("button", { name: "確認する" }).click();
    await expect(reception.getByText("コードを確認できません", { exact: false })).toBeVisible();
    await reception.close();

    await page.reload();
    await expect(page.getByRole("row", { name: /ドロップイン利用/ })).toContainText("￥250");
    await expect(page.getByRole("row", { name: "合計 ￥250" })).toBeVisible();
  });

  test("an applicant applies online and staff approve the membership", async ({ page, baseURL }) => {
    const email = `applicant-${Date.now()}@example.jp`;
    const applicant = { email, password: "a long enough password", name: "申込 次郎" };
    await page.goto("/signup");
    await page.getByLabel("お名前").fill(applicant.name);
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード", { exact: true }).fill(applicant.password);
    await page.getByLabel("パスワード（確認）").fill(applicant.password);
    await page.getByLabel("NETSUGEN の利用を申し込む").check();
    await page.getByLabel("個人・月額プラン").check();
    await page.getByLabel("利用規約とプライバシーポリシーに同意します").check();
    await page.getByRole("button", { name: "登録する" }).click();
    await expect(page).toHaveURL(/\/signin\?registered=1/);

    await signIn(page, DEMO.staff, "/staff/netsugen");
    const row = page.getByRole("row", { name: new RegExp(applicant.name) });
    await expect(row).toContainText("申請中");
    await row.getByRole("button", { name: `${applicant.name}さんの会員資格を承認する` }).click();
    await expect(page.getByText("会員資格を更新しました。")).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(applicant.name) })).toContainText("有効");

    // Booking needs a confirmed address: the applicant follows the link sent at sign-up.
    await page.context().clearCookies();
    await page.goto(linkFrom(await waitForMail(email, /メールアドレスの確認/), `${baseURL}/confirm-email?token=`));
    await page.getByRole("button", { name: "確認を完了する" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("メールアドレスを確認しました");
    await signIn(page, applicant, "/netsugen/bookings");
    await expect(page.getByRole("heading", { level: 1, name: "NETSUGEN 会員ページ" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "チェックイン用コード" })).toBeVisible();
  });

  test("the member moves their booking to another time", async ({ page }) => {
    await signIn(page, DEMO.member, "/netsugen/bookings");
    await page.getByRole("link", { name: /13:00〜14:00の予約の時間を変更/ }).click();
    await expect(page.getByRole("heading", { name: "予約の時間を変更する" })).toBeVisible();
    // The booking's own slot is offered again: moving within it is allowed.
    await page.getByLabel("開始時刻").selectOption("13:30");
    await page.getByLabel("利用時間").selectOption("60");
    await page.getByRole("button", { name: "この時間に変更する" }).click();
    await expect(page.getByText("予約の時間を変更しました。")).toBeVisible();
    await page.goto("/netsugen/bookings");
    await expect(page.getByRole("row", { name: /13:30〜14:30 会議室A/ })).toBeVisible();
  });
});
