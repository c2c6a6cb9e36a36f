import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { NETSUGEN_DEMO_MEMBER } from "../../prisma/seed/netsugen-demo";

function demoAccount(localPart: string): { email: string; password: string; name: string } {
  const account = DEMO_ACCOUNTS.find((a) => a.email.startsWith(`${localPart}@`));
  if (!account) throw new Error(`No demo account ${localPart}`);
  return { email: account.email, password: account.password, name: account.name };
}

/** The seeded demo accounts (prisma/seed/demo-accounts.ts), as the README lists them. */
export const DEMO = {
  resident: demoAccount("resident"),
  member: demoAccount("member"),
  // Seeded by prisma/seed/netsugen-demo.ts: a pay-as-you-go member, for a second person's view and the drop-in fee.
  member2: { email: NETSUGEN_DEMO_MEMBER.email, password: NETSUGEN_DEMO_MEMBER.password, name: NETSUGEN_DEMO_MEMBER.name },
  facilitator: demoAccount("facilitator"),
  staff: demoAccount("staff"),
  staff2: demoAccount("staff2"),
  admin: demoAccount("admin"),
};

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, account: { email: string; password: string; name: string }, next = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("メールアドレス").fill(account.email);
  await page.getByLabel("パスワード", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page.getByRole("banner").getByText(account.name)).toBeVisible();
}

/** Chooses the site's language for the next page load, as the language switcher's cookie does. */
export async function setLocale(page: Page, locale: "ja" | "en") {
  const url = new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
}
