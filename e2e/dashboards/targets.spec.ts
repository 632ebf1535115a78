import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signInAs } from "../auth/sign-in";
import { mutate } from "../support/trpc";

/**
 * Quarterly targets on the demo history: a manager sets a 3-month automation target with the keyboard (a value out of
 * range is refused in words first), sees actual against target, the projection with its range, the status and the
 * sentence, changes it to a second version, and a designer reads the same target without the controls to change it.
 */
const SHOTS = "test-results/screenshots";
const KEY = { metric: "automation-rate", category: "", horizonMonths: 3 };
const FRT_KEY = { metric: "first-response", category: "", horizonMonths: 6 };

async function shot(page: Page, name: string) {
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

interface Board {
  categories: string[];
  targets: Array<{ history: { key: typeof KEY }; current: { version: number }; actual: { count: number } }>;
}

async function board(request: APIRequestContext): Promise<Board> {
  const response = await request.get("/api/trpc/targets.board");
  return ((await response.json()) as { result: { data: { json: Board } } }).result.data.json;
}

async function userPage(browser: Browser, request: APIRequestContext, role: "manager" | "designer") {
  const email = `${role}-targets-${Date.now()}@e2e.studio.local`;
  const password = `${role}-password-1`;
  await mutate(request, "users.create", { email, name: `Targets ${role}`, role, password });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await signInAs(page, email, password, "/dashboards/targets");
  return { context, page };
}

test("a manager sets a 3-month automation target and sees actual, projection and status; a designer reads it only", async ({ browser, request }) => {
  test.setTimeout(360_000);
  // The demo history reaches the rollup through the refresher: wait until the last four full weeks have categories.
  await expect.poll(async () => (await board(request)).categories.length, { timeout: 240_000, intervals: [3_000] }).toBeGreaterThan(0);
  // A target left by an earlier run on the same server is retired first, so this one starts as a new target.
  for (const key of [KEY, FRT_KEY]) {
    const left = (await board(request)).targets.find((t) => JSON.stringify(t.history.key) === JSON.stringify(key));
    if (left) await mutate(request, "targets.retire", { key, expectedVersion: left.current.version });
  }
  // Beside it, a first-response target the admin set, whose weekly medians vary: its projection has a range to show.
  // Set once the refresher has finished the history (its count stops moving), so its baseline counts every ticket.
  await mutate(request, "targets.set", { key: FRT_KEY, value: 1 });
  let seen = -1;
  await expect
    .poll(
      async () => {
        const frt = (await board(request)).targets.find((t) => JSON.stringify(t.history.key) === JSON.stringify(FRT_KEY))!;
        const settled = frt.actual.count === seen;
        seen = frt.actual.count;
        return settled;
      },
      { timeout: 240_000, intervals: [5_000] },
    )
    .toBe(true);
  const frtNow = (await board(request)).targets.find((t) => JSON.stringify(t.history.key) === JSON.stringify(FRT_KEY))!;
  await mutate(request, "targets.retire", { key: FRT_KEY, expectedVersion: frtNow.current.version });
  await mutate(request, "targets.set", { key: FRT_KEY, value: 1 });

  const { context, page } = await userPage(browser, request, "manager");
  await page.goto("/dashboards/targets");
  await page.getByRole("button", { name: "Set a target" }).first().click();
  const form = page.getByRole("form", { name: "Set a target" });
  await expect(form.getByLabel("Metric")).toBeFocused();
  await expect(form.getByLabel("Metric")).toHaveValue("automation-rate");
  await expect(form.getByLabel("Tickets")).toHaveValue("");
  await form.getByLabel("Due in").selectOption("3");
  await form.getByLabel("Target (%)").fill("150");
  await form.getByLabel("Target (%)").press("Enter");
  await expect(form.getByText("Set a percentage above 0 and at most 100.")).toBeVisible();
  await form.getByLabel("Target (%)").fill("45");
  await form.getByLabel("Why (optional)").fill("Refunds and shipping flows go autonomous this quarter");
  await form.getByLabel("Why (optional)").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Target set: version 1." })).toBeVisible();

  const card = page.getByRole("article", { name: "3-month automation rate target" });
  await expect(card).toBeVisible();
  await expect(card.getByText("Actual, last 4 full weeks")).toBeVisible();
  await expect(card).toContainText(/Actual, last 4 full weeks\d+\.\d%of [\d,]+ counted/);
  await expect(card).toContainText("45.0%");
  await expect(card).toContainText(/80% range \d+\.\d% – \d+\.\d%/);
  await expect(card.getByText(/^(On track|At risk|Off track)$/)).toBeVisible();
  await expect(card.getByTestId("target-sentence")).toHaveText(/^(Needs \d+ more categor(y|ies) autonomous at today's rate|Already at target|Even with every category|Automation must rise by)/);
  await expect(card.getByRole("img", { name: /3-month automation rate target: weekly values/ })).toBeVisible();
  await expect(card.locator(".recharts-area-area")).toHaveCount(1);
  const frt = page.getByRole("article", { name: "6-month first response time (median) target" });
  await expect(frt).toContainText("1.0 h");
  await expect(frt).toContainText(/80% range \d+\.\d h – \d+\.\d h/);
  await shot(page, "targets-manager-set");

  // A change is a new version; the first stays in the history.
  await card.getByRole("button", { name: "Change" }).click();
  const change = page.getByRole("form", { name: "Change the 3-month automation rate target" });
  await expect(change.getByLabel("Target (%)")).toBeFocused();
  await change.getByLabel("Target (%)").fill("50");
  await change.getByLabel("Target (%)").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await card.getByText("Version history (2 versions)").click();
  const versions = card.getByRole("table", { name: "Version history" });
  await expect(versions.getByRole("row")).toHaveCount(3);
  await expect(versions.getByRole("row").nth(1)).toContainText("v2");
  await expect(versions.getByRole("row").nth(1)).toContainText("50.0%");
  await expect(versions.getByRole("row").nth(2)).toContainText("Refunds and shipping flows go autonomous this quarter");
  await shot(page, "targets-manager-versions");
  await context.close();

  const designer = await userPage(browser, request, "designer");
  const read = designer.page.getByRole("article", { name: "3-month automation rate target" });
  await expect(read).toContainText("50.0%");
  await expect(read.getByRole("img", { name: /weekly values/ })).toBeVisible();
  await expect(designer.page.getByRole("button", { name: "Set a target" })).toHaveCount(0);
  await expect(read.getByRole("button", { name: "Change" })).toHaveCount(0);
  await expect(read.getByRole("button", { name: "Retire" })).toHaveCount(0);
  const refused = await designer.page.request.post("/api/trpc/targets.set", { data: { json: { key: KEY, expectedVersion: 2, value: 0.9 } } });
  expect(refused.status()).toBe(403);
  await shot(designer.page, "targets-designer-read-only");
  await designer.context.close();
});
