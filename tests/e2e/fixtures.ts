import { expect, type Page } from "@playwright/test";

export const DEMO = {
  resident: { email: "resident@demo.yukemuri.example", password: "yukemuri-resident-2026", name: "上州 はな（デモ）" },
  member: { email: "member@demo.yukemuri.example", password: "yukemuri-member-2026", name: "赤城 健（デモ）" },
  member2: { email: "member2@demo.yukemuri.example", password: "yukemuri-member2-2026", name: "利根 みなと（デモ）" },
  staff: { email: "staff@demo.yukemuri.example", password: "yukemuri-staff-2026", name: "妙義 誠（デモ職員）" },
  admin: { email: "admin@demo.yukemuri.example", password: "yukemuri-admin-2026", name: "管理者（デモ）" },
} as const;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, account: { email: string; password: string; name: string }, next = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("メールアドレス").fill(account.email);
  await page.getByLabel("パスワード", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page.getByRole("banner").getByText(account.name)).toBeVisible();
}
