// The account area in a real browser: a copied session cookie dies when its browser signs out,
// and a person without a public profile is named nowhere public, whatever they posted.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";
import { sitePages } from "./site-map";

const main = (page: Page) => page.getByRole("main");

/** Signs in, then opens the account page (its first render may outlast the fixture's wait). */
async function openAccount(page: Page) {
  await signIn(page, DEMO.member2);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "アカウント" })).toBeVisible();
}

test("a copied session cookie stops working once its browser signs out", async ({ page, browser }) => {
  await openAccount(page);
  await expect(main(page).getByText("この端末", { exact: true })).toBeVisible();

  // Someone copies the cookies into another browser: it is signed in too, for now.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const thief = await copy.newPage();
  await thief.goto("/account");
  await expect(thief.getByRole("heading", { level: 1, name: "アカウント" })).toBeVisible();
  expect(await (await copy.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: DEMO.member2.email } });

  await page.getByRole("banner").getByRole("button", { name: "サインアウト" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "サインイン", exact: true })).toBeVisible();

  await thief.goto("/account");
  await expect(thief).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  // Nor does the session endpoint tell the copy whose session it was.
  const session = await copy.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await copy.close();
});

test("signing out everywhere ends the other browser's session as well", async ({ page, browser }) => {
  await openAccount(page);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openAccount(otherPage);
  await page.reload();
  await page.getByRole("button", { name: "ほかの端末からサインアウト" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "ほかの端末" })).toBeVisible();
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();
});

/** Every public page and open-data response, as an anonymous visitor gets it. */
async function publicTexts(request: APIRequestContext): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const pages = (await sitePages(request)).filter((p) => p.viewer === "anonymous");
  const apis = ["/api/v1/projects", "/api/v1/ideas", "/api/v1/workshops", "/api/v1/netsugen", "/api/v1/spaces", "/api/v1/kpis", "/api/v1/sdgs", "/api/v1/kpis.csv"];
  for (const path of [...pages.map((p) => p.path), ...apis]) {
    const response = await request.get(path);
    texts.set(path, await response.text());
  }
  return texts;
}

test("a person without a public profile who comments and offers help is named on no public page or API", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const projects = (await (await anonymous.get("/api/v1/projects")).json()) as { data: { slug: string }[] };
  const slug = projects.data[0]!.slug;
  const comment = `非公開の人のコメント ${Date.now()}`;

  await signIn(page, DEMO.resident, `/zukan/${slug}`);
  await page.getByRole("textbox", { name: "コメント" }).fill(comment);
  await page.getByRole("button", { name: "コメントする" }).click();
  await expect(main(page).getByText(comment)).toBeVisible();
  const offer = page.getByText("協力を申し出る").first();
  if (await offer.isVisible()) {
    await offer.click();
    await page.getByLabel("メッセージ").fill("週末に手伝えます。");
    await page.getByRole("button", { name: "申し出る" }).click();
    await expect(main(page).getByRole("status")).toContainText("申し出を送りました");
  }

  // Anonymous visitors may get a cached copy for a few seconds; wait for the fresh one.
  await expect.poll(async () => (await anonymous.get(`/zukan/${slug}`)).text(), { timeout: 20_000 }).toContain(comment);
  const everyone = Object.values(DEMO);
  for (const [path, text] of await publicTexts(anonymous)) {
    for (const person of everyone) {
      expect(text, `${person.name} on ${path}`).not.toContain(person.name);
      expect(text, `${person.email} on ${path}`).not.toContain(person.email);
    }
  }
  const projectPage = await (await anonymous.get(`/zukan/${slug}`)).text();
  expect(projectPage).toContain("参加者");

  // With a public profile, the same comment is signed with the name: the check above can fail.
  await page.goto("/account");
  await page.getByRole("checkbox", { name: "お名前を公開する" }).check();
  await page.getByRole("button", { name: "公開設定を保存" }).click();
  await expect(main(page).getByText("公開設定を保存しました。")).toBeVisible();
  await expect.poll(async () => (await anonymous.get(`/zukan/${slug}`)).text(), { timeout: 20_000 }).toContain(DEMO.resident.name);
  await page.getByRole("checkbox", { name: "お名前を公開する" }).uncheck();
  await page.getByRole("button", { name: "公開設定を保存" }).click();
  await expect(main(page).getByText("現在：お名前は公開していません")).toBeVisible();
  await anonymous.dispose();
});
