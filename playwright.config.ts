import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN, STORAGE_STATE } from "./e2e/auth/admin";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";
import { SERVER_CONDITIONS } from "./server/lib/node-flags";

/**
 * End-to-end tests drive the real product, started the way `npm start` starts it (database, migrations,
 * seed, Temporal, worker, `next build` if stale, `next start`), on E2E_PORT (default 3100) and a fresh data
 * dir, with Debian's Chromium (never `playwright install`: no browser downloads here). Specs run signed in as
 * the first admin (e2e/auth/global-setup.ts saves the session); e2e/auth/roles.spec.ts signs in as others.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Specs import server/ code, which loads only under the "react-server" condition; the workers inherit the runner's flags.
if (!SERVER_CONDITIONS.every((flag) => process.execArgv.includes(flag))) {
  throw new Error(`Run the end-to-end tests with \`npm run test:e2e\` (Playwright under node ${SERVER_CONDITIONS.join(" ")})`);
}

// Playwright evaluates this file in the runner and again in every worker; the env var makes them all
// agree on one data dir, created (and later removed) by the runner process only.
if (!process.env.STUDIO_E2E_DATA_DIR) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "studio-e2e-"));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  process.env.STUDIO_E2E_DATA_DIR = dir;
  // On exit the web server has already been stopped (gracefulShutdown below waits for it).
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}
const dataDir = process.env.STUDIO_E2E_DATA_DIR;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  globalSetup: "./e2e/auth/global-setup.ts",
  use: {
    baseURL: BASE_URL,
    // The page and the `request` fixture both carry the admin's session cookie.
    storageState: STORAGE_STATE,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: ["node_modules/.bin/tsx", ...SERVER_CONDITIONS, "scripts/start.ts"].join(" "),
    url: `${BASE_URL}/api/health`,
    // The fresh data dir's first start creates this admin (scripts/start/seed.ts).
    env: { STUDIO_DATA_DIR: dataDir, PORT: String(PORT), STUDIO_ADMIN_EMAIL: ADMIN.email, STUDIO_ADMIN_PASSWORD: ADMIN.password, STUDIO_TRAIN_ON_START: "0", STUDIO_WEBHOOK_SECRET: "e2e-webhook-secret-0123456789abcdefghijkl" },
    // A cold start may include `next build`, which takes minutes on a small machine.
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the start script stop its children in order; the default SIGKILL would orphan them.
    gracefulShutdown: { signal: "SIGTERM", timeout: 60_000 },
  },
});
