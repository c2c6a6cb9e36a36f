// The projector is read from the back of the hall: at 1920×1080, every line of text is 40 px or
// more, the QR code is at least 480 px and the join code 120 px, the newest post is on screen
// without scrolling, and the way back to the console stays out of the audience's sight.
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

const DEMO_JOIN_CODE = "YUKE26";
const HALL = { width: 1920, height: 1080 };
const PHONE = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, locale: "ja-JP", timezoneId: "Asia/Tokyo" };

test("the projector at 1920×1080: large type, a large QR code and code, the newest reflection in view, the console link hidden until focused", async ({ browser, page }) => {
  test.setTimeout(60_000);
  // One participant joins the open demo session on a phone and sends what they noticed.
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto(`/w/${DEMO_JOIN_CODE}`);
  await phone.getByLabel("ニックネーム").fill("あかぎ");
  await phone.getByRole("radio", { name: "住民" }).check();
  await phone.getByRole("button", { name: "参加する" }).click();
  await expect(phone.getByText("「あかぎ」として参加中")).toBeVisible();
  const reflection = `温泉と農業をつなぐと、若い人の仕事が増えそうだと気づいた（${Date.now()}）`;
  await phone.getByRole("checkbox", { name: /住み続けられるまちづくりを/ }).check();
  await phone.getByLabel("カードゲームで気づいたこと（任意）").fill(reflection);
  await phone.getByRole("button", { name: "送る" }).click();
  await expect(phone.getByText("選んだ目標を送りました")).toBeVisible();

  await page.setViewportSize(HALL);
  await signIn(page, DEMO.facilitator, "/staff/workshops");
  const sessions = (await (await page.request.get("/api/v1/workshops")).json()) as { series: { sessions: { id: string; state: string }[] }[] };
  const open = sessions.series.flatMap((s) => s.sessions).find((s) => s.state === "OPEN");
  await page.goto(`/staff/workshops/sessions/${open!.id}/projector`);
  await expect(page.locator("[data-live-status=live]")).toBeVisible();

  // Every piece of visible text (not the chart's SVG labels, not screen-reader-only text) is ≥ 40 px.
  const small = await page.locator("[data-live-status]").evaluate((root) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest("svg, .sr-only") || el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 40) found.push(`${size}px: ${node.textContent.trim().slice(0, 30)}`);
    }
    return found;
  });
  expect(small).toEqual([]);

  const qr = await page.getByRole("img", { name: "参加ページのQRコード" }).boundingBox();
  expect(qr!.width).toBeGreaterThanOrEqual(480);
  expect(qr!.height).toBeGreaterThanOrEqual(480);
  expect(qr!.y + qr!.height).toBeLessThanOrEqual(HALL.height);

  const code = page.getByTestId("projector-code");
  await expect(code).toHaveText(DEMO_JOIN_CODE);
  expect(parseFloat(await code.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(120);
  await expect(code).toBeInViewport({ ratio: 1 });

  // The instruction is one line: its box is no taller than one line of its own type.
  const instruction = page.getByText("スマホで読み取って参加", { exact: true });
  const lines = await instruction.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
  expect(lines).toBeLessThan(1.5);

  // The newest reflection is on screen as it is: nothing to scroll, in the window or the projector.
  const newest = page.getByTestId("projector-reflection").first();
  await expect(newest).toHaveText(reflection);
  await expect(newest).toBeInViewport({ ratio: 1 });
  const fit = await page.locator("[data-live-status]").evaluate((el) => ({ board: el.scrollHeight - el.clientHeight, window: document.documentElement.scrollHeight - innerHeight }));
  expect(fit.board, "the board scrolls").toBeLessThanOrEqual(0);
  expect(fit.window, "the window scrolls").toBeLessThanOrEqual(0);

  // The console link: invisible to the hall, visible to the facilitator who tabs to it.
  const exit = page.getByRole("link", { name: "コンソールに戻る" });
  expect((await exit.boundingBox())!.width).toBeLessThanOrEqual(1);
  await exit.focus();
  expect((await exit.boundingBox())!.width).toBeGreaterThan(100);
  await expect(exit).toBeInViewport();
});
