import { expect, type Page } from "@playwright/test";

/** Signs in through the sign-in form, the way a person does. */
export async function signInAs(page: Page, email: string, password: string, next = "/flows"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toContainText(email);
}
