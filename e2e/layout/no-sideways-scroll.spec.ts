import { expect, test, type Page } from "@playwright/test";
import { appRoutes, createPageIds, removePageIds, settled, urlOf } from "../a11y/app-pages";

/**
 * At 1280 and 1440 px no page scrolls sideways (wide tables scroll inside their own card), and the audit's
 * 134 categories come 25 to a page, with a search that narrows them and headers that sort them.
 */

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** How far the page is wider than the window, and the elements that stick out furthest (to say what to fix). */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const excess = root.scrollWidth - root.clientWidth;
    if (excess <= 0) return { excess, culprits: [] };
    const wide = [...document.querySelectorAll<HTMLElement>("main *")]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter((x) => x.right > root.clientWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5);
    return { excess, culprits: wide.map(({ el, right }) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)} right=${Math.round(right)}`) };
  });
}

test("no page scrolls sideways at 1280 and 1440 px", async ({ page, request }) => {
  test.setTimeout(600_000);
  const ids = await createPageIds(request);
  const problems: string[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const route of appRoutes()) {
        const url = urlOf(route, ids);
        await page.goto(url);
        await settled(page);
        const { excess, culprits } = await overflow(page);
        if (excess > 0) problems.push(`${url} at ${viewport.width} px is ${excess} px too wide: ${culprits.join("; ")}`);
      }
    }
  } finally {
    await removePageIds(request, ids);
  }
  await page.setViewportSize(VIEWPORTS[1]!);
  await page.goto(urlOf("/history-audit", ids));
  await settled(page);
  await page.screenshot({ path: "test-results/screenshots/layout-audit-1440.png", fullPage: true });
  await page.goto(urlOf("/backtests/[id]", ids));
  await settled(page);
  await page.getByRole("table", { name: "Rules" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/layout-backtest-1440.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("the audit's categories are paged, searchable and sortable", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(VIEWPORTS[0]!);
  await page.goto("/history-audit");
  const table = page.getByRole("table", { name: "Categories" });
  const rows = table.getByRole("button", { name: /^Show details of / });
  await expect(rows).toHaveCount(25, { timeout: 60_000 });
  const status = page.getByRole("status").filter({ hasText: /^Showing / });
  await expect(status).toHaveText(/^Showing 1–25 of (\d+) categories$/);
  const total = Number(/of (\d+) categories/.exec((await status.textContent())!)![1]);
  expect(total).toBeGreaterThan(25);

  // The next page, by keyboard.
  const pages = page.getByRole("navigation", { name: "Categories pages" });
  await pages.getByRole("button", { name: "Next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText(`Showing 26–50 of ${total} categories`);
  await expect(pages).toContainText(`Page 2 of ${Math.ceil(total / 25)}`);

  // Biggest first; a click on "Tickets" puts the smallest first.
  const tickets = table.getByRole("columnheader", { name: /Tickets/ });
  await expect(tickets).toHaveAttribute("aria-sort", "descending");
  const firstTickets = async () => Number((await table.locator("tbody tr").first().locator("td").nth(1).textContent())!.replace(/,/g, ""));
  await pages.getByRole("button", { name: "First page" }).click();
  const largest = await firstTickets();
  await tickets.getByRole("button").click();
  await expect(tickets).toHaveAttribute("aria-sort", "ascending");
  expect(await firstTickets()).toBeLessThan(largest);
  const category = table.getByRole("columnheader", { name: /Category/ });
  await category.getByRole("button").click();
  await expect(category).toHaveAttribute("aria-sort", "ascending");
  await expect(tickets).toHaveAttribute("aria-sort", "none");

  // A search narrows the rows and the count says so.
  await page.getByLabel("Search categories").fill("refund");
  await expect(status).toHaveText(new RegExp(`^Showing 1(–\\d+)? of \\d+ categor(y|ies) matching “refund” \\(${total} in all\\)$`));
  const names = await table.locator("tbody tr td:first-child").allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThan(25);
  expect(names.every((n) => n.toLowerCase().includes("refund"))).toBe(true);
  await page.screenshot({ path: "test-results/screenshots/layout-audit-search.png", fullPage: true });

  // Long names in the chart are cut with an ellipsis and keep the full name as a tooltip.
  const chart = page.getByRole("figure", { name: /Top categories/ });
  const titles = await chart.locator("svg g title").allTextContents();
  const shown = await chart.locator("svg g:has(> title) > text").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  titles.forEach((full, i) => {
    expect(Array.from(shown[i]!).length).toBeLessThanOrEqual(30);
    if (full.length > 30) expect(shown[i]).toMatch(/…$/);
  });
});
