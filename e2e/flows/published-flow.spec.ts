import { expect, test } from "@playwright/test";

/** Smoke: the product started as `npm start` starts it shows the seeded, published example flows. */
test("the flows page lists a published, live example flow and opens its version history", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/flows$/);
  const row = page.getByRole("row").filter({ hasText: "Escalate when a human is needed" });
  await expect(row).toBeVisible();
  await expect(row.getByText("v1 published")).toBeVisible();
  await expect(row.getByText("Live")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/flows.png", fullPage: true });

  await row.getByRole("link", { name: "Escalate when a human is needed" }).click();
  await expect(page.getByRole("heading", { name: "Escalate when a human is needed" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "seed" }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/flow-detail.png", fullPage: true });
});
