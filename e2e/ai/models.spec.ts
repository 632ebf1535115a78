import { expect, test } from "@playwright/test";

/** The AI models page before any training: the baseline is named, and training can be started from here. */
test("the AI models page explains the baseline and offers training", async ({ page }) => {
  await page.goto("/settings/ai");
  await expect(page.getByRole("heading", { name: "AI models", level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "AI models" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Settings" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "No model trained yet" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Train a new version" })).toBeEnabled();
  await page.screenshot({ path: "test-results/screenshots/ai-models-empty.png" });
});
