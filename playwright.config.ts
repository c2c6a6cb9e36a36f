import { defineConfig, devices } from "@playwright/test";

// Playwright drives Debian's Chromium: its own browser download is not possible offline.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_FILE;
// The server under test sends mail over SMTP to the catcher that globalSetup starts (tests/e2e/mail-catcher.ts).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3125);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  globalSetup: "./tests/e2e/global-setup.ts",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: jsonReport ? [["list"], ["json", { outputFile: jsonReport }]] : [["list"]],
  use: {
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  // The production server (scripts/serve.ts) on its own embedded database, migrated and seeded fresh.
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port), NEXTAUTH_URL: baseURL, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: '"湯けむり Yukemuri" <noreply@yukemuri.test>' },
  },
});
