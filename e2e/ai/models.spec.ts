import { expect, test } from "@playwright/test";
import { mutate } from "../support/trpc";

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

/**
 * The retraining settings on the same page: an admin turns on automatic activation with a margin (a wrong margin is
 * refused in words), and it is kept. The schedule stays off, so no training starts under the other specs.
 */
test("an admin sets the margin by which a retrained version is made active on its own", async ({ page, request }) => {
  try {
    await page.goto("/settings/ai");
    const form = page.getByRole("form", { name: "Retraining" });
    await expect(form.getByLabel("Retrain on the labelled history")).toHaveValue("never");
    await form.getByRole("checkbox", { name: /Make a new version active when it beats the active one/ }).check();
    const margin = form.getByLabel("Margin, in points of accuracy");
    await margin.fill("-1");
    await expect(form.getByText("The margin cannot be below 0 points")).toBeVisible();
    await margin.fill("2.5");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByRole("status")).toHaveText(/Saved/);

    await page.reload();
    await expect(page.getByRole("form", { name: "Retraining" }).getByLabel("Margin, in points of accuracy")).toHaveValue("2.5");
    await page.getByRole("form", { name: "Retraining" }).screenshot({ path: "test-results/screenshots/ai-models-retraining.png" });
  } finally {
    await mutate(request, "aiModels.saveRetrainPolicy", { schedule: "never", autoActivateMargin: null });
  }
});
