import { expect, test } from "@playwright/test";

/**
 * Page tags: ops tag a knowledge article with the pages it applies to (a mistake is explained as it is typed),
 * find articles by a customer's page, and the demo help centre's sections list the articles tagged with them.
 * The chat on a section sends that section's page. The spec puts the seeded article's pages back as it found them.
 */
const ARTICLE = "Cancel an order";
const SEEDED_PAGES = ["/shop/orders", "/hc/en/orders/cancel-order", "/help-centre/orders"];
const ADDED = "/help-centre/payments";

test("tag an article with a page, find it by the page, and see it in that help-centre section", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/knowledge");
  await page.getByRole("searchbox", { name: "Customer page" }).fill("https://help.larkspur.example/hc/en/orders/cancel-order?ref=mail");
  const table = page.getByRole("table", { name: "Articles" });
  await expect(table.getByRole("link")).toHaveText([ARTICLE]);
  await expect(table.getByRole("row").filter({ hasText: ARTICLE })).toContainText(SEEDED_PAGES.join(", "));
  await page.screenshot({ path: "test-results/screenshots/knowledge-page-filter.png" });
  await table.getByRole("link", { name: ARTICLE }).click();

  const form = page.getByRole("form", { name: "Edit article" });
  const pages = form.getByRole("list", { name: "Pages of this article" });
  await expect(pages.getByRole("listitem")).toHaveText(SEEDED_PAGES);
  await expect(form.getByText("Show this article first to customers on these pages.")).toBeVisible();
  const input = form.getByRole("textbox", { name: "Add a page" });
  await input.fill("help-centre/payments");
  await input.press("Enter");
  await expect(form.getByRole("alert")).toHaveText("“help-centre/payments” is not a page: start a path with / (such as /help-centre/payments) or write a full address (https://…).");
  await expect(pages.getByRole("listitem")).toHaveCount(3);
  await input.fill(`${ADDED}/`);
  await input.press("Enter");
  await expect(pages.getByRole("listitem")).toHaveText([...SEEDED_PAGES, ADDED]);
  await expect(form.getByRole("alert")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/knowledge-article-pages.png" });
  await form.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("list", { name: "Pages of this article" }).getByRole("listitem")).toHaveText([...SEEDED_PAGES, ADDED]);

  // The help centre's Payments section now lists the article; the chat there sends the section's page.
  await page.goto("/help-centre");
  await page.getByRole("link", { name: /Payments and transfers/ }).last().click();
  await expect(page).toHaveURL(/\/help-centre\/payments$/);
  await expect(page.getByRole("heading", { name: "Payments and transfers", level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Articles in Payments and transfers" }).getByText(ARTICLE)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Help topics" }).getByRole("link", { name: "Payments and transfers" })).toHaveAttribute("aria-current", "page");
  await page.screenshot({ path: "test-results/screenshots/help-centre-section.png" });
  await page.goto("/help-centre");
  await page.screenshot({ path: "test-results/screenshots/help-centre-front.png", fullPage: true });
  await page.goto("/help-centre/payments");
  await page.getByRole("navigation", { name: "Help topics" }).getByRole("link", { name: "Orders" }).click();
  await expect(page).toHaveURL(/\/help-centre\/orders$/);
  await expect(page.getByRole("list", { name: "Articles in Orders" }).getByText("Track your order")).toBeVisible();
  await expect(page.getByRole("list", { name: "Articles in Orders" }).getByText("Reset your password")).toHaveCount(0);
  await page.getByRole("button", { name: /Chat with us/ }).click();
  const chat = page.frameLocator("iframe[title='Northwind Money support chat']");
  const started = page.waitForRequest((r) => r.url().endsWith("/api/widget/conversations") && r.method() === "POST");
  await chat.getByRole("textbox", { name: "Your message" }).fill("Can I still cancel my order?");
  await chat.getByRole("textbox", { name: "Your message" }).press("Enter");
  expect(((await started).postDataJSON() as { page: { url: string } }).page.url).toBe(`${baseURL}/help-centre/orders`);

  // Put the seeded article back as it was.
  await page.goto("/knowledge");
  await page.getByRole("searchbox", { name: "Search articles" }).fill(ARTICLE);
  await page.getByRole("table", { name: "Articles" }).getByRole("link", { name: ARTICLE }).click();
  await page.getByRole("button", { name: `Remove page ${ADDED}` }).click();
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Pages of this article" }).getByRole("listitem")).toHaveText(SEEDED_PAGES);
});
