import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "ja-JP", timezoneId: "Asia/Tokyo" };

/** A phone joins by typing the code, as someone who cannot scan the QR code would. */
async function joinOnPhone(browser: Browser, code: string, nickname: string, affiliation: string): Promise<Page> {
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto("/w");
  await phone.getByLabel("参加コード").fill(code.toLowerCase());
  await phone.getByRole("button", { name: "次へ" }).click();
  await expect(phone).toHaveURL(new RegExp(`/w/${code}$`));
  await phone.getByLabel("ニックネーム").fill(nickname);
  await phone.getByRole("radio", { name: affiliation }).check();
  await phone.getByRole("button", { name: "参加する" }).click();
  await expect(phone.getByText(`「${nickname}」として参加中`)).toBeVisible();
  await expect(phone.getByText("ライブ更新中")).toBeVisible();
  return phone;
}

/** Milliseconds from `action` until `text` is visible on `page`, failing past 2 s. */
async function msUntilVisible(page: Page, text: string, action: () => Promise<void>): Promise<number> {
  const started = Date.now();
  await action();
  await expect(page.getByText(text, { exact: true })).toBeVisible({ timeout: 2_000 });
  return Date.now() - started;
}

test("a facilitator runs session 3: phones join, post and vote live; a hidden post disappears; shortlisting sends an idea on", async ({ browser, page }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.facilitator, "/staff/workshops");
  await page.goto("/staff/workshops");
  await page.getByRole("link", { name: "第3回 アイデア出し" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "第3回 アイデア出し" })).toBeVisible();
  await page.getByRole("button", { name: "セッションを開始する" }).click();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  const consoleUrl = page.url();

  const projector = await page.context().newPage();
  await projector.goto(`${consoleUrl}/projector`);
  await expect(projector.getByText(code, { exact: true })).toBeVisible();
  await expect(projector.locator("[data-live-status=live]")).toBeVisible();

  const hana = await joinOnPhone(browser, code, "はな", "住民");
  const taro = await joinOnPhone(browser, code, "たろう", "企業");
  await expect(projector.getByText("参加 2人")).toBeVisible({ timeout: 2_000 });

  const post = (phone: Page, title: string) => async () => {
    await phone.getByLabel("アイデアの名前").fill(title);
    await phone.getByLabel("どんなアイデアですか").fill(`${title}の説明。週末に地域の人が集まる場をつくる。`);
    await phone.getByRole("checkbox", { name: "場所" }).check();
    await phone.getByRole("button", { name: "アイデアを出す" }).click();
  };
  const latencyA = await msUntilVisible(projector, "朝市をひらく", post(hana, "朝市をひらく"));
  const latencyB = await msUntilVisible(projector, "夜市をひらく", post(taro, "夜市をひらく"));
  console.info(`[measure] submit → projector: ${latencyA} ms and ${latencyB} ms`);
  await expect(hana.getByRole("heading", { name: "夜市をひらく" })).toBeVisible({ timeout: 2_000 });

  await taro.getByRole("button", { name: "「朝市をひらく」に1票入れる" }).click();
  await expect(projector.getByText("1票")).toBeVisible({ timeout: 2_000 });
  await expect(taro.getByText("あなたの票：残り 2 / 3")).toBeVisible();

  await page.reload();
  // Ending the session asks first; 「やめる」 leaves it running.
  await page.getByRole("button", { name: "セッションを終了する" }).click();
  const end = page.getByRole("dialog", { name: "セッションを終了しますか？" });
  await expect(end).toContainText("再開できません");
  await end.getByRole("button", { name: "やめる" }).click();
  await expect(end).toBeHidden();
  await expect(page.getByRole("button", { name: "セッションを終了する" })).toBeFocused();
  await expect(page.getByRole("button", { name: "受付を締め切る" })).toBeVisible();

  // Hiding asks first too; confirmed, the post leaves every screen and is listed to show again.
  await page.getByRole("button", { name: "「夜市をひらく」を非表示にする" }).click();
  await page.getByRole("dialog", { name: "「夜市をひらく」を非表示にしますか？" }).getByRole("button", { name: "非表示にする" }).click();
  await expect(page.getByRole("region", { name: "非表示にした投稿" }).getByRole("button", { name: "「夜市をひらく」を表示に戻す" })).toBeVisible();
  await expect(projector.getByText("夜市をひらく", { exact: true })).toHaveCount(0, { timeout: 2_000 });
  await expect(hana.getByRole("heading", { name: "夜市をひらく" })).toHaveCount(0, { timeout: 2_000 });

  await page.getByRole("button", { name: "選出してアイデア一覧へ送る：朝市をひらく" }).click();
  await expect(page.getByText("選出済み")).toBeVisible();
  await expect(projector.getByText("選出", { exact: true })).toBeVisible({ timeout: 2_000 });
  const api = await (await page.request.get("/api/v1/workshops")).json();
  const session = api.series.flatMap((s: { sessions: { kind: string; outcomes: { topIdeas: { title: string; shortlisted: boolean }[] } }[] }) => s.sessions).find((s: { outcomes: { topIdeas: { title: string }[] } }) => s.outcomes.topIdeas.some((i) => i.title === "朝市をひらく"));
  expect(session.outcomes.topIdeas).toEqual([{ title: "朝市をひらく", votes: 1, shortlisted: true }]);
  expect(JSON.stringify(api)).not.toContain("はな");
});

test("an invalid code is explained in Japanese, and a closed session says it has ended", async ({ page }) => {
  await page.goto("/w/ZZZZZZ");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("参加コードが見つかりません");
  await page.goto("/workshops");
  await page.getByRole("link", { name: "第2回 課題の構造図" }).first().click();
  await expect(page.getByRole("heading", { name: "課題の構造図", exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: "課題の構造図" })).toBeVisible();
});

test("session 2 in English on a phone: cards and a link reach the projector's map, root cause marked", async ({ browser, page }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.facilitator, "/staff/workshops");
  await page.goto("/staff/workshops");
  await page.getByRole("link", { name: "第2回 課題の構造図" }).first().click();
  await page.getByRole("button", { name: "セッションを開始する" }).click();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  const projector = await page.context().newPage();
  await projector.goto(`${page.url()}/projector`);
  await expect(projector.locator("[data-live-status=live]")).toBeVisible();

  const context = await browser.newContext({ ...PHONE, locale: "en-GB" });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  const phone = await context.newPage();
  await phone.goto(`/w/${code}`);
  await phone.getByLabel("Nickname").fill("Ken");
  await phone.getByRole("radio", { name: "Student" }).check();
  await phone.getByRole("button", { name: "Join" }).click();
  await expect(phone.getByText("Live", { exact: true })).toBeVisible();
  for (const text of ["Few local jobs", "Young people move away"]) {
    await phone.getByLabel("A local issue").fill(text);
    await phone.getByRole("button", { name: "Post the card" }).click();
    await expect(phone.getByRole("status").filter({ hasText: "Card posted" })).toBeVisible();
    await expect(projector.getByRole("img", { name: "課題の構造図" }).getByText(text)).toBeVisible({ timeout: 2_000 });
  }
  await phone.getByLabel("Cause", { exact: true }).selectOption({ label: "Few local jobs" });
  await phone.getByLabel("Effect", { exact: true }).selectOption({ label: "Young people move away" });
  await phone.getByRole("button", { name: "Link", exact: true }).click();
  await expect(phone.getByText("Likely root cause")).toBeVisible({ timeout: 2_000 });
  await expect(projector.getByRole("img", { name: "課題の構造図" }).locator("path[marker-end]")).toHaveCount(1, { timeout: 2_000 });

  await phone.getByLabel("A local issue").fill("<script>alert(1)</script>");
  await phone.getByRole("button", { name: "Post the card" }).click();
  await expect(phone.getByRole("main").getByRole("alert").first()).toContainText("Please check what you entered");
});
