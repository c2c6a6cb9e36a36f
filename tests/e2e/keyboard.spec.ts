// The four main journeys with the keyboard alone: no clicks, no fill(), only Tab, typing, Space
// and Enter, as someone who cannot use a pointer works. Each step checks where focus is.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { addDays, tokyoClock } from "../../lib/netsugen/rules/calendar";
import { dayTypeOf } from "../../lib/netsugen/rules/opening-hours";
import { DEMO } from "./fixtures";

/** Presses Tab until `target` has focus; fails if it is not reachable within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Signs in through the form with the keyboard. */
async function signInByKeyboard(page: Page, account: { email: string; password: string; name: string }, next: string) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await typeInto(page, page.getByLabel("メールアドレス"), account.email);
  await typeInto(page, page.getByLabel("パスワード", { exact: true }), account.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("banner").getByText(account.name)).toBeVisible();
}

function plainWeekdayAhead(days: number): string {
  let key = addDays(tokyoClock(new Date()).dateKey, days);
  while (dayTypeOf(key).dayType !== "WEEKDAY") key = addDays(key, 1);
  return key;
}

test("keyboard: browse the dashboard from the skip link to a KPI's table of numbers", async ({ page }) => {
  await page.goto("/dashboard");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "本文へスキップ" })).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("main").locator('a[href="/dashboard/goals/11"]'));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/goals\/11$/);
  await tabTo(page, page.getByRole("main").locator('a[href^="/dashboard/kpis/"]').first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/kpis\//);
  await expect(page.getByRole("table", { name: /年度別の数値/ })).toBeVisible();
});

test("keyboard: join a workshop by its code, then submit an idea on the site", async ({ page }) => {
  await page.goto("/w");
  await typeInto(page, page.getByLabel("参加コード"), "yuke26");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/w\/YUKE26$/);
  await typeInto(page, page.getByLabel("ニックネーム"), "キーボード");
  // A radio group takes one Tab; Space chooses the focused option.
  await tabTo(page, page.getByRole("radio").first());
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "参加する" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("「キーボード」として参加中")).toBeVisible();

  const title = `キーボードで投稿 ${Date.now()}`;
  await signInByKeyboard(page, DEMO.resident, "/ideas/new");
  await expect(page).toHaveURL(/\/ideas\/new/);
  await typeInto(page, page.getByLabel("タイトル"), title);
  await typeInto(page, page.getByLabel("内容"), "バス停にベンチを置き、待つ人が休めるようにします。");
  await tabTo(page, page.getByLabel("市町村"));
  await page.keyboard.type("中之条町");
  await tabTo(page, page.getByRole("checkbox", { name: "11. 住み続けられるまちづくりを" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "投稿する" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("status")).toContainText("アイデアを受け付けました");
  await expect(page.getByRole("main").getByText(title)).toBeVisible();
});

test("keyboard: staff record a KPI value as a draft", async ({ page }) => {
  await signInByKeyboard(page, DEMO.staff, "/staff/kpis/wages-per-person");
  await page.goto("/staff/kpis/wages-per-person");
  await typeInto(page, page.getByLabel("値", { exact: true }), "4400");
  await typeInto(page, page.getByLabel("根拠資料のURL"), "https://www.pref.gunma.jp/site/example.html");
  await tabTo(page, page.getByRole("button", { name: "下書きとして保存" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /下書きを保存しました/ })).toBeVisible();
});

test("keyboard: a member books a meeting room", async ({ page }) => {
  const date = plainWeekdayAhead(3);
  await signInByKeyboard(page, DEMO.member, `/netsugen/spaces/meeting-room-b?date=${date}`);
  await page.goto(`/netsugen/spaces/meeting-room-b?date=${date}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("会議室B");
  // A focused select takes typed text and moves to the option that starts with it.
  await tabTo(page, page.getByLabel("開始時刻"));
  await page.keyboard.type("16:00");
  await expect(page.getByLabel("開始時刻")).toHaveValue("16:00");
  await typeInto(page, page.getByLabel("利用目的"), "キーボードで予約");
  await tabTo(page, page.getByRole("button", { name: "予約する" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("予約しました。")).toBeVisible();
});
