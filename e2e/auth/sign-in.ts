import { expect, type Page } from "@playwright/test";

/**
 * The sign-in limit (server/auth/rate-limit.ts) counts every caller without a trusted proxy as one address, so specs
 * signing in one user after another share it. A refused attempt waits as long as the answer's Retry-After says and
 * tries again, as a person would; the limit itself stays.
 */
const FALLBACK_WAIT_MS = 10_000;

/** Signs in through the sign-in form, the way a person does. */
export async function signInAs(page: Page, email: string, password: string, next = "/flows"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  for (let attempt = 0; ; attempt++) {
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/sign-in/"));
    await page.getByRole("button", { name: "Sign in" }).click();
    const response = await answered;
    if (response.status() !== 429 || attempt === 2) break;
    const seconds = Number(response.headers()["retry-after"]);
    await page.waitForTimeout(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 + 250 : FALLBACK_WAIT_MS);
  }
  await expect(page.getByTestId("user-menu")).toContainText(email);
}
