import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, chmodSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { randomFreePort } from "../../temporal/launcher/ports";
import { signInAs } from "../auth/sign-in";
import { spawnStart, type StartedStudio } from "../support/studio-process";

/**
 * The README's first run on a fresh machine, for real: `npm start` on a fresh data dir with no Temporal CLI to be
 * found fails before it writes anything and says what to run; with the CLI back, the next start comes up, prints
 * the first admin's credentials (and keeps them in first-admin.txt), and those credentials sign in.
 * Runs its own studio on its own port and data dir beside the suite's.
 */
const SHOTS = "test-results/screenshots";
let parent: string;
let running: StartedStudio | undefined;

test.beforeAll(() => {
  parent = mkdtempSync(path.join(os.tmpdir(), "studio-first-run-"));
  chmodSync(parent, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
});
test.afterAll(async () => {
  await running?.stop();
  rmSync(parent, { recursive: true, force: true });
});

test("a first start without the Temporal CLI changes nothing; the next one comes up and its printed admin signs in", async ({ browser }) => {
  test.setTimeout(15 * 60_000);
  const dataDir = path.join(parent, "data");
  const port = await randomFreePort();
  const fresh = { STUDIO_DATA_DIR: dataDir, PORT: String(port), STUDIO_TRAIN_ON_START: "0" };

  // A PATH with node and nothing else: no `temporal`, no python3 (so no pip-installed one), and the project's own
  // CLI directory pointed at an empty one.
  const bin = path.join(parent, "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, path.join(bin, "node"));
  const hidden = spawnStart({ ...fresh, PATH: bin, STUDIO_TEMPORAL_CLI_DIR: path.join(parent, "no-temporal-cli") });
  const failed = await hidden.exited;
  expect(failed.code).toBe(1);
  expect(failed.output).toContain("the studio cannot start yet, and nothing was written");
  expect(failed.output).toContain("No Temporal CLI to run the local Temporal server");
  expect(failed.output).toContain("npm run temporal:install");
  expect(existsSync(dataDir)).toBe(false);

  running = spawnStart(fresh);
  const [, url, email, password] = await running.waitFor(/Sign in at (\S+)\/sign-in as (\S+) \/ (\S+)/, 12 * 60_000);
  expect(url).toBe(`http://127.0.0.1:${port}`);
  const file = path.join(dataDir, "first-admin.txt");
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, "utf8")).toContain(password);

  const context = await browser.newContext({ baseURL: url, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, email!, password!);
  await page.screenshot({ path: `${SHOTS}/first-run-signed-in.png`, fullPage: true });
  // Signed in once: the credentials are not kept any longer.
  await expect.poll(() => existsSync(file)).toBe(false);
  await context.close();

  const stopped = await running.stop();
  running = undefined;
  expect(stopped.code).toBe(0);
});
