// 関係人口 in a real browser on a phone: a resident registers as a supporter from 東京都 with a tie to
// 草津町, sees their tier and ledger, the dashboard shows the figures with small counts suppressed,
// and staff download a municipality's register, which holds only those who consented.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

test("a resident registers as a supporter on a phone: errors first, then the registration and its tier", async ({ page }) => {
  await signIn(page, DEMO.resident, "/account/supporter");
  // The rest on a phone's screen (the sign-in fixture reads the name from the desktop header).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/account/supporter");
  await expect(page.getByRole("heading", { level: 1, name: "群馬のサポーター登録（関係人口）" })).toBeVisible();

  // Withdraw first if an earlier run left a registration, so the form starts empty.
  const withdraw = main(page).getByRole("button", { name: "登録をやめる" });
  if (await withdraw.isVisible()) {
    await main(page).getByLabel("サポーター登録をやめることを確認しました").check();
    await withdraw.click();
    await expect(main(page).getByText("サポーター登録をやめました。")).toBeVisible();
    await page.reload();
  }

  await main(page).getByRole("button", { name: "登録する" }).click();
  const summary = main(page).getByRole("alert").filter({ hasText: "入力内容を確認してください" });
  await expect(summary).toBeVisible();
  for (const message of ["お住まいの都道府県を選んでください", "つながりの種類を1つ以上選んでください", "つながりのある市町村を1つ以上選ぶか、「群馬県全体」を選んでください"]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }

  await main(page).getByLabel("お住まいの都道府県").selectOption({ label: "東京都" });
  await main(page).getByLabel("草津町").check();
  await main(page).getByLabel("よく訪れる").check();
  await main(page).getByRole("button", { name: "登録する" }).click();
  await expect(main(page).getByText("登録しました。ありがとうございます。")).toBeVisible();

  await page.reload();
  await expect(main(page).getByText(/^あなたの区分：(サポーター|担い手)$/)).toBeVisible();
  await expect(main(page).getByText(/^直近12か月の活動：\d+件/)).toBeVisible();
  await expect(main(page).getByLabel("草津町")).toBeChecked();
  await expect(main(page).getByLabel("お住まいの都道府県")).toHaveValue("13");
});

test("the dashboard shows the supporter figures with small counts suppressed, and the CSV downloads", async ({ page, request }) => {
  await page.goto("/dashboard");
  const section = page.getByRole("region", { name: "関係人口：群馬のサポーター" });
  await expect(section).toBeVisible();
  await expect(section.getByText("デモ用のサポーター登録を含みます。実際の登録者数ではありません。")).toBeVisible();
  const kusatsu = section.getByRole("row", { name: /草津町/ });
  await expect(kusatsu.getByRole("cell")).toHaveText(/^\d+$/);
  // Nothing between 1 and 4 is ever shown as a number.
  for (const cell of await section.getByRole("cell").allTextContents()) {
    if (/^\d+$/.test(cell.trim())) expect(Number(cell.replaceAll(",", "")) === 0 || Number(cell.replaceAll(",", "")) >= 5, cell).toBe(true);
  }
  const csv = await request.get("/api/v1/supporters.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("municipality,kusatsu,草津町,Kusatsu,");
});

test("staff download 草津町's register: only supporters who consented are in it", async ({ page }) => {
  await signIn(page, DEMO.staff, "/staff/supporters");
  await page.goto("/staff/supporters");
  await expect(page.getByRole("heading", { level: 1, name: "サポーター名簿（市町村別）" })).toBeVisible();
  const download = page.waitForEvent("download");
  await main(page).getByRole("link", { name: "草津町の名簿（CSV）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("supporter-register-kusatsu.csv");
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toContain("name,email,residence,tie_kinds,whole_prefecture,municipalities,registered_at");
  // The demo resident registered without consenting to the register.
  expect(text).not.toContain(DEMO.resident.email);
  expect(text).toContain("（デモ）");
});
