import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";

/**
 * The dashboard as a manager on the demo history: figures with their counts, a filter that narrows them (and the
 * back button that undoes it), a category bar that lists its tickets, and a ticket that opens from the list.
 */
const SHOTS = "test-results/screenshots";

/** Saved beside the other specs' screenshots and attached to the test's output. */
async function shot(page: Page, name: string, fullPage: boolean) {
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage });
  await test.info().attach(name, { path, contentType: "image/png" });
}

async function signedOut(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

/**
 * The demo history reaches the rollup through the worker's refresher, a batch at a time: wait until the page has
 * figures and its count has stopped growing, so the counts compared below are the same tickets.
 */
async function openWithFigures(page: Page) {
  let last = -1;
  await expect(async () => {
    await page.goto("/dashboards?range=all");
    await expect(page.getByRole("group", { name: "Automation rate" })).toBeVisible({ timeout: 5_000 });
    const now = await ticketCount(page);
    const settled = now === last;
    last = now;
    expect(settled).toBe(true);
  }).toPass({ timeout: 300_000, intervals: [6_000] });
}

/** "12,345 tickets created 2026-09-01 to …" as a number. */
async function ticketCount(page: Page): Promise<number> {
  const status = page.getByText(/^[\d,]+ tickets created /);
  await expect(status).toBeVisible();
  return Number((await status.textContent())!.split(" ")[0]!.replaceAll(",", ""));
}

test("a manager reads the dashboard, narrows it, and follows a category bar to a ticket", async ({ browser, request }) => {
  test.setTimeout(360_000);
  const email = `manager-dash-${Date.now()}@e2e.studio.local`;
  const password = "manager-password-1";
  await mutate(request, "users.create", { email, name: "Mona Manager", role: "manager", password });
  const { context, page } = await signedOut(browser);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signInAs(page, email, password, "/dashboards");
  await openWithFigures(page);

  // Every headline figure carries the tickets it counts.
  const automation = page.getByRole("group", { name: "Automation rate" });
  await expect(automation).toContainText(/\d+(\.\d)?%/);
  await expect(automation).toContainText(/[\d,]+ of [\d,]+ tickets/);
  await expect(automation).toContainText(/95% interval/);
  await expect(page.getByRole("group", { name: "AI accuracy" })).toContainText("Agent feedback");
  await expect(page.getByRole("group", { name: "AI accuracy" })).toContainText("Shadow review");
  const all = await ticketCount(page);
  expect(all).toBeGreaterThan(100);

  // How a figure is counted, from the one place the words live.
  await automation.getByRole("button", { name: "How automation rate is counted" }).click();
  await expect(automation.getByRole("note")).toContainText("no agent reply");
  await page.keyboard.press("Escape");

  const categoryChart = page.getByRole("figure", { name: "Automation by category" });
  await page.waitForTimeout(500); // the charts settle their size before the screenshot
  await shot(page, "dashboards", true);
  await expect(categoryChart.locator(".recharts-bar-rectangle:visible").first()).toBeVisible();

  // A filter narrows every figure and lands in the address; back returns to the wider view.
  const categoryFilter = page.getByRole("search", { name: "Dashboard filters" }).getByLabel("Category");
  const category = await categoryFilter.locator("option").nth(1).textContent();
  await categoryFilter.selectOption(category!);
  await expect.poll(() => new URL(page.url()).searchParams.get("category")).toBe(category);
  await expect.poll(() => ticketCount(page)).toBeLessThan(all);
  const narrowed = await ticketCount(page);
  expect(narrowed).toBeGreaterThan(0);
  await page.goBack();
  await expect(page).not.toHaveURL(/category=/);
  await expect.poll(() => ticketCount(page)).toBe(all);

  // Before and after a flow version went live: picked in the page, kept in the address.
  const version = page.getByLabel("Version to compare");
  await version.selectOption({ index: 1 });
  await expect.poll(() => new URL(page.url()).searchParams.get("impact")).not.toBeNull();
  const impact = page.getByRole("figure", { name: /: before and after$/ });
  await expect(impact).toBeVisible();
  await expect(impact).toContainText(/live tickets|Nothing ran before/);
  await impact.scrollIntoViewIfNeeded();
  await shot(page, "dashboards-version-impact", false);

  // A category bar lists its tickets.
  await categoryChart.locator(".recharts-bar-rectangle:visible").first().click();
  const panel = page.getByRole("dialog");
  await expect(panel.getByRole("heading", { name: /^Tickets in / })).toBeVisible();
  await panel.getByLabel("Show").selectOption({ label: "Every ticket" });
  await expect(panel.getByText(/^[\d,]+ tickets?, /)).toBeVisible();
  const tickets = panel.getByRole("list", { name: "Tickets" }).getByRole("link");
  await expect(tickets.first()).toBeVisible();
  await shot(page, "dashboards-drill-down", false);

  // Keyboard: Escape closes the panel; the table view's buttons open it again.
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await categoryChart.getByRole("radio", { name: "Table" }).click();
  const firstRowButton = categoryChart.getByRole("button", { name: /^Tickets behind / }).first();
  await firstRowButton.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: /^Tickets in / })).toBeVisible();

  // A ticket opens.
  const subject = (await tickets.first().textContent())!;
  await tickets.first().click();
  await expect(page).toHaveURL(/\/inbox\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await shot(page, "dashboards-ticket", false);
  await context.close();
});

test("a role without metrics is refused the dashboard", async ({ browser, request }) => {
  const email = `agent-dash-${Date.now()}@e2e.studio.local`;
  const password = "agent-password-1";
  await mutate(request, "users.create", { email, name: "Ari Agent", role: "agent", password });
  const { context, page } = await signedOut(browser);
  await signInAs(page, email, password, "/dashboards");
  await page.goto("/dashboards");
  await expect(page.getByText("Reading dashboards needs the designer, publisher, manager or admin role; you are an agent")).toBeVisible();
  await context.close();
});
