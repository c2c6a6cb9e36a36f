import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";
import { linkFrom, waitForMail } from "./mail-catcher";

const main = (page: Page) => page.getByRole("main");

test("the public catalogue lists the seeded initiatives and filters by area", async ({ page }) => {
  await page.goto("/zukan");
  await expect(page.getByRole("heading", { level: 1, name: "湯けむり未来図鑑" })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "１７色のひもかわプロジェクト" })).toBeVisible();

  await page.getByLabel("地域").selectOption({ label: "桐生みどり" });
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/area=kiryu-midori/);
  await expect(main(page).getByRole("link", { name: "１７色のひもかわプロジェクト" })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "富岡クレープ" })).toHaveCount(0);

  await main(page).getByRole("link", { name: "１７色のひもかわプロジェクト" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "１７色のひもかわプロジェクト" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "段階の記録" })).toBeVisible();
});

test("the アイデア tab shows the ideas the workshops produced, each linked to the results it came from", async ({ page }) => {
  await page.goto("/zukan");
  await main(page).getByRole("navigation", { name: "表示" }).getByRole("link", { name: "アイデア" }).click();
  await expect(page).toHaveURL(/show=ideas/);
  // The demo data's finished workshops hold 45 ideas (five in each of nine series), besides residents' ideas.
  const count = main(page).getByRole("heading", { level: 2, name: /件のアイデア$/ });
  await expect(count).toBeVisible();
  expect(Number((await count.textContent())?.match(/(\d+)件/)?.[1])).toBeGreaterThanOrEqual(45);

  const card = main(page).getByRole("listitem").filter({ hasText: "ワークショップで出たアイデア" }).first();
  await expect(card.getByText("デモ", { exact: true })).toBeVisible();
  const origin = card.getByRole("link", { name: /^未来共創ワークショップ（.+）（20\d\d年）第3回「アイデア出し」から$/ });
  await expect(origin).toBeVisible();
  const title = (await card.getByRole("heading", { level: 3 }).textContent()) ?? "";
  expect(title).not.toBe("");
  // No participant's nickname reaches the catalogue.
  await expect(main(page)).not.toContainText("参加者1（デモ）");

  // Filters and pages keep to the tab: the ideas of the 吾妻 area's workshop, on one page.
  await page.getByLabel("地域").selectOption({ label: "吾妻" });
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/show=ideas.*area=agatsuma|area=agatsuma.*show=ideas/);
  const agatsuma = main(page).getByRole("listitem").filter({ hasText: "ワークショップで出たアイデア" });
  await expect(agatsuma.first()).toBeVisible();
  for (const link of await agatsuma.getByRole("link", { name: /から$/ }).all()) await expect(link).toContainText("吾妻");

  await page.goto("/zukan?show=ideas");
  await origin.click();
  await expect(page.getByRole("heading", { level: 1, name: "第3回 アイデア出しの結果" })).toBeVisible();
  await expect(main(page).getByText(title, { exact: true }).first()).toBeVisible();
});

test("from a resident's idea to a running project that another member helps fund", async ({ page, browser, baseURL }) => {
  // The whole journey: four people sign in and a dozen forms are sent.
  test.setTimeout(90_000);
  const title = `空き家を学生の拠点に ${Date.now()}`;

  await signIn(page, DEMO.resident, "/ideas/new");
  await page.getByLabel("タイトル").fill(title);
  await page.getByLabel("内容").fill("大学生と空き家の持ち主をつなぎ、地域の拠点にします。");
  await page.getByLabel("市町村").selectOption({ label: "中之条町" });
  await page.getByRole("checkbox", { name: "11. 住み続けられるまちづくりを" }).check();
  await page.getByRole("checkbox", { name: "キーマン" }).check();
  await page.getByRole("button", { name: "投稿する" }).click();
  await expect(main(page).getByRole("status")).toContainText("アイデアを受け付けました");
  await expect(main(page).getByText(title)).toBeVisible();

  // Staff review it, accept it, and make it a project led by the resident.
  await page.context().clearCookies();
  await signIn(page, DEMO.staff, "/staff/ideas");
  const card = main(page).getByRole("listitem").filter({ hasText: title });
  await card.getByLabel("決定").selectOption({ label: "検討中" });
  await card.getByRole("button", { name: "決定する" }).click();
  await expect(main(page).getByRole("status")).toContainText("決定を記録しました");
  await card.getByLabel("決定").selectOption({ label: "採択（インキュベーション）" });
  await card.getByLabel("投稿者への回答（公開前に確認できます）").fill("インキュベーションに進みます。");
  await card.getByRole("button", { name: "決定する" }).click();
  await expect(main(page).getByRole("status")).toContainText("決定を記録しました");
  await main(page).getByRole("listitem").filter({ hasText: "インキュベーションに進みます。" }).getByRole("button", { name: "回答を公開する" }).click();
  await expect(main(page).getByRole("status")).toContainText("回答を公開し");

  // The resident hears of the answer by mail, and turns that kind of mail off from the mail itself.
  const answered = await waitForMail(DEMO.resident.email, /アイデアへの回答が届きました/, { containing: title });
  expect(answered.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const inbox = await browser.newContext({ baseURL, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const reader = await inbox.newPage();
  await reader.goto(linkFrom(answered, `${baseURL}/api/mail/unsubscribe?token=`));
  await expect(reader.getByRole("main")).toContainText("「アイデアへの回答」のお知らせメールを停止しますか");
  await reader.getByRole("button", { name: "メールを停止する" }).click();
  await expect(reader.getByRole("main")).toContainText("「アイデアへの回答」のお知らせメールを停止しました。");
  await signIn(reader, DEMO.resident, "/account/notifications");
  await expect(reader.getByRole("group", { name: /^アイデアへの回答/ }).getByRole("radio", { name: "メールでは受け取らない" })).toBeChecked();
  // Turned back on, so the demo resident keeps getting answers.
  await reader.getByRole("group", { name: /^アイデアへの回答/ }).getByRole("radio", { name: "すぐに受け取る" }).check();
  await reader.getByRole("button", { name: "設定を保存" }).click();
  await expect(reader.getByRole("main").getByRole("status")).toBeVisible();
  await inbox.close();
  const accepted = main(page).getByRole("listitem").filter({ hasText: `プロジェクトにする：${title}` });
  await accepted.getByLabel("リーダーのメールアドレス（任意）").fill(DEMO.resident.email);
  await accepted.getByRole("button", { name: "プロジェクトを作成" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Staff say it needs money.
  await page.getByLabel("種類").selectOption({ label: "資金" });
  await page.getByLabel("募集の見出し").fill("改修費");
  await page.getByLabel("目標金額（円）").fill("300000");
  await page.getByRole("button", { name: "募集を追加する" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "募集を追加しました" })).toBeVisible();
  const projectUrl = page.url();

  // A NETSUGEN member offers ¥100,000.
  await page.context().clearCookies();
  await signIn(page, DEMO.member, projectUrl.replace(/^https?:\/\/[^/]+/, ""));
  await page.getByText("協力を申し出る").click();
  await page.getByLabel("メッセージ").fill("地元企業として応援します。");
  await page.getByLabel("金額（円）").fill("１００，０００");
  await page.getByRole("button", { name: "申し出る" }).click();
  await expect(main(page).getByRole("status")).toContainText("申し出を送りました");

  // The resident, now the project's lead, accepts it and moves the project to running.
  await page.context().clearCookies();
  await signIn(page, DEMO.resident, projectUrl.replace(/^https?:\/\/[^/]+/, ""));
  await page.getByRole("button", { name: "受け入れる" }).click();
  await expect(main(page).getByRole("cell", { name: "受け入れ済み" })).toBeVisible();
  await expect(main(page).getByText("￥100,000 / ￥300,000").first()).toBeVisible();
  for (const stage of ["計画中", "実施中"]) {
    await page.getByLabel("新しい段階").selectOption({ label: stage });
    await page.getByRole("button", { name: "段階を変更する" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "段階を変更しました" })).toBeVisible();
    await page.reload();
  }

  // Reaching "running" drafted this fiscal year's value of the co-creation KPI: the nine seeded
  // initiatives plus this one, waiting for staff to submit and approve it.
  await page.context().clearCookies();
  await signIn(page, DEMO.staff, "/staff/kpis/regional-vision-cocreation-initiatives");
  const tokyoNow = new Date(Date.now() + 9 * 3_600_000);
  const fiscalYear = tokyoNow.getUTCMonth() >= 3 ? tokyoNow.getUTCFullYear() : tokyoNow.getUTCFullYear() - 1;
  const draftRow = main(page).getByRole("row", { name: new RegExp(`${fiscalYear}年度`) });
  await expect(draftRow).toContainText("下書き");
  await expect(draftRow).toContainText("10");

  // The public catalogue finds it among running projects that still need money, and the idea
  // behind it says what became of it.
  await page.context().clearCookies();
  await page.goto("/zukan?stage=RUNNING&need=FUNDING");
  await expect(main(page).getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("navigation", { name: "表示" }).getByRole("link", { name: "アイデア" }).click();
  const ideaCard = main(page).getByRole("listitem").filter({ hasText: title });
  await expect(ideaCard).toContainText("採択（インキュベーション）");
  await expect(ideaCard).toContainText("インキュベーションに進みます。");
});

test("staff see the co-creation analytics with its figures as tables; residents cannot", async ({ page }) => {
  await signIn(page, DEMO.resident);
  expect((await page.goto("/staff/analytics"))?.status()).toBe(403);
  await page.context().clearCookies();
  await signIn(page, DEMO.staff, "/staff/analytics");
  await expect(page.getByRole("heading", { level: 1, name: "共創の分析" })).toBeVisible();
  await expect(main(page).getByRole("table", { name: "アイデアの各段階に到達した件数" })).toBeVisible();
  await expect(main(page).getByRole("row", { name: /投稿されたアイデア/ })).toBeVisible();
});

test("staff invite someone to a project's team by address; they join from the mail", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const projects = (await (await page.request.get("/api/v1/projects")).json()) as { data: { slug: string }[] };
  const path = `/zukan/${projects.data[0]!.slug}`;
  await signIn(page, DEMO.staff, path);
  await page.getByLabel("メンバーのメールアドレス").fill(DEMO.member.email);
  await page.getByRole("button", { name: "招待する" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "招待のメールを送りました" })).toBeVisible();

  const mail = await waitForMail(DEMO.member.email, /チームに招待されています/);
  const link = linkFrom(mail, `${baseURL}/zukan/invitation?token=`);
  const inbox = await browser.newContext({ baseURL, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const phone = await inbox.newPage();
  await phone.goto(link);
  await expect(phone.getByRole("heading", { level: 1, name: "チームへの招待" })).toBeVisible();
  await expect(main(phone)).toContainText("メンバーとして参加します。");
  // Answering needs the invited address signed in; the page leads there and back.
  await signIn(phone, DEMO.member, link.replace(/^https?:\/\/[^/]+/, ""));
  // Most people open the mail on a phone.
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.getByRole("button", { name: "参加する" }).click();
  await expect(main(phone).getByRole("status")).toContainText("チームに加わりました。");
  await main(phone).getByRole("link", { name: "プロジェクトを見る" }).click();
  await expect(phone).toHaveURL(new RegExp(`${path}$`));
  // The link works once: signed out, or as anyone else, it opens nothing.
  await inbox.clearCookies();
  await phone.goto(link);
  await expect(main(phone)).toContainText("この招待のリンクは使えません");
  await inbox.close();
});
