import { expect, test } from "@playwright/test";

/**
 * The knowledge base: edit an article and see it saved, run the gap report over the demo history, and watch a
 * guardrail block a draft that promises a refund timeline.
 */
test("edit an article, run the gap report, and a guardrail blocks a draft", async ({ page }) => {
  await page.goto("/knowledge");
  await expect(page.getByRole("heading", { name: "Knowledge", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search articles" }).fill("track");
  await page.getByRole("table", { name: "Articles" }).getByRole("link", { name: "Track your order" }).click();

  const form = page.getByRole("form", { name: "Edit article" });
  await expect(form).toBeVisible();
  const body = form.getByRole("textbox", { name: "Body (Markdown)" });
  const added = "## Still nothing after 10 days\n\nReply to this message and we open a trace with the carrier.";
  await body.fill(`${await body.inputValue()}\n\n${added}`);
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("Still nothing after 10 days");
  await form.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Body (Markdown)" })).toHaveValue(/Still nothing after 10 days/);
  await page.screenshot({ path: "test-results/screenshots/knowledge-article.png" });

  await page.goto("/knowledge/gaps");
  await page.getByRole("button", { name: "Run gap report" }).click();
  const results = page.getByRole("region", { name: "Gap report results" });
  await expect(results.getByRole("table", { name: "Coverage by category" })).toBeVisible({ timeout: 45_000 });
  await expect(results.getByRole("table", { name: "Coverage by category" }).locator("tbody tr").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/knowledge-gaps.png", fullPage: true });

  await page.goto("/knowledge/guardrails");
  await page.getByRole("textbox", { name: "Draft to check" }).fill("Good news: your refund will be processed within 3 days.");
  await page.getByRole("button", { name: "Check draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Blocked by" })).toContainText("Never promise a refund timeline");
  await page.getByRole("textbox", { name: "Draft to check" }).fill("We have started your refund; you can follow it in the app.");
  await page.getByRole("button", { name: "Check draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No guardrail blocks this draft" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/knowledge-guardrails.png" });
});
