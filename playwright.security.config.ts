import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";
import { SERVER_CONDITIONS } from "./server/lib/node-flags";
import { SECURITY_ADMIN, SECURITY_STORAGE_STATE, SECURITY_WEBHOOK_SECRET } from "./tests/security/support/product";

/**
 * The adversarial suite: it attacks the product the way an outsider would (unsigned webhooks, huge bodies, hostile
 * patterns, brute-force sign-ins, open redirects), started as `npm start` starts it. It gets its own product on its
 * own port and data dir, apart from the e2e run: its sign-in flood and large bodies must not throttle or slow the
 * end-to-end specs, and their data must not hide what an attack changed.
 */
const PORT = Number(process.env.SECURITY_PORT ?? 3150);
const BASE_URL = `http://127.0.0.1:${PORT}`;

if (!SERVER_CONDITIONS.every((flag) => process.execArgv.includes(flag))) {
  throw new Error(`Run the security tests with \`npm run test:security\` (Playwright under node ${SERVER_CONDITIONS.join(" ")})`);
}

// Evaluated in the runner and in every worker: the env var makes them agree on one data dir, made by the runner.
if (!process.env.STUDIO_SECURITY_DATA_DIR) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "studio-security-"));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  process.env.STUDIO_SECURITY_DATA_DIR = dir;
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}
const dataDir = process.env.STUDIO_SECURITY_DATA_DIR;
// A small upload limit, so the oversized-upload attack needs megabytes, not the default's gigabyte. Set in the
// runner's env, so the product and the spec workers agree on it.
process.env.STUDIO_UPLOAD_LIMIT_MB ??= "4";

export default defineConfig({
  testDir: "tests/security",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results-security",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  reporter: [["list"]],
  globalSetup: "./tests/security/support/global-setup.ts",
  use: {
    baseURL: BASE_URL,
    storageState: SECURITY_STORAGE_STATE,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: ["node_modules/.bin/tsx", ...SERVER_CONDITIONS, "scripts/start.ts"].join(" "),
    url: `${BASE_URL}/api/health`,
    env: {
      STUDIO_DATA_DIR: dataDir,
      PORT: String(PORT),
      STUDIO_ADMIN_EMAIL: SECURITY_ADMIN.email,
      STUDIO_ADMIN_PASSWORD: SECURITY_ADMIN.password,
      STUDIO_TRAIN_ON_START: "0",
      STUDIO_WEBHOOK_SECRET: SECURITY_WEBHOOK_SECRET,
      STUDIO_UPLOAD_LIMIT_MB: process.env.STUDIO_UPLOAD_LIMIT_MB,
    },
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 60_000 },
  },
});
