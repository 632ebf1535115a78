import { expect, type Page } from "@playwright/test";

/**
 * Better Auth allows three sign-ins per address in ten seconds. Specs running side by side sign in from the same
 * address, so a refused attempt waits out that window and tries again, as a person would; the limit itself stays.
 */
const RATE_WINDOW_MS = 10_000;

/** Signs in through the sign-in form, the way a person does. */
export async function signInAs(page: Page, email: string, password: string, next = "/flows"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  for (let attempt = 0; ; attempt++) {
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/sign-in/"));
    await page.getByRole("button", { name: "Sign in" }).click();
    if ((await answered).status() !== 429 || attempt === 2) break;
    await page.waitForTimeout(RATE_WINDOW_MS);
  }
  await expect(page.getByTestId("user-menu")).toContainText(email);
}
