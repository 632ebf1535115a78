import { expect, test, type APIRequestContext } from "@playwright/test";
import { mutate } from "../support/trpc";
import { ADMIN } from "../auth/admin";

/**
 * "Make live" on the flow page: a published flow becomes the one new tickets run on, the page shows the
 * Live badge, and the change is in the audit log under Settings. The seeded escalation example is made
 * live again afterwards: the specs that post tickets expect it.
 */
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";

async function listFlows(request: APIRequestContext) {
  const response = await request.get("/api/trpc/flows.list");
  return ((await response.json()) as { result: { data: { json: Array<{ id: string; name: string; live: boolean }> } } }).result.data.json;
}

test.afterEach(async ({ request }) => {
  const seeded = (await listFlows(request)).find((f) => f.name === SEEDED_LIVE_FLOW);
  expect(seeded, `the seeded flow "${SEEDED_LIVE_FLOW}"`).toBeDefined();
  await mutate(request, "flows.setLive", { flowId: seeded!.id });
});

test("make a published flow live from its page, then find the change in the audit log", async ({ page, request }) => {
  const name = `Make live ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "intent-routing", name });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "First" });
  const liveNow = (await listFlows(request)).find((f) => f.live);

  await page.goto(`/flows/${flow.id}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const header = page.locator("header").filter({ has: page.getByRole("heading", { name }) });
  await expect(header.getByText("Live", { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Make live" }).click();
  const dialog = page.getByRole("dialog", { name: `Make “${name}” live?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("New tickets will start on v1 of this flow");
  if (liveNow) await expect(dialog).toContainText(liveNow.name);
  await expect(dialog).toContainText("Tickets already running keep the version they started on.");
  await page.screenshot({ path: "test-results/screenshots/make-live-dialog.png" });
  await dialog.getByRole("button", { name: "Make v1 live" }).click();

  await expect(dialog).toBeHidden();
  await expect(header.getByText("Live", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Make live" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/make-live.png", fullPage: true });

  await page.goto("/settings");
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/settings\/audit-log$/);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("row").filter({ hasText: name }).filter({ hasText: "Made live" });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("v1")).toBeVisible();
  // Specs run signed in as the e2e admin: the audit row names who made the flow live.
  await expect(row.getByRole("cell", { name: ADMIN.email, exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name }).filter({ hasText: "Published" })).toHaveCount(1);
  await expect(row.getByRole("link", { name })).toHaveAttribute("href", `/flows/${flow.id}`);
  await page.screenshot({ path: "test-results/screenshots/audit-log.png", fullPage: true });
});
