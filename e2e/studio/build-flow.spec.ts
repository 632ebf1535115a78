import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * Issue 3, first "Done when" scenario, in real Chromium against the real product: build a flow from scratch
 * (palette drag, handle drag, nested rule), see the compile error pinned to its node, fix it, publish.
 */
test.use({ viewport: { width: 1600, height: 950 } });

const SHOTS = "test-results/screenshots";

/** Resolves once `locator` stops moving (the canvas animates when it centres a node). */
async function whenStill(locator: Locator) {
  let last = "";
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await locator.boundingBox());
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [100] },
    )
    .toBe(true);
}

/** Drags from one handle to another with real mouse events, the way a user connects two nodes. */
async function connect(page: Page, from: Locator, to: Locator) {
  await whenStill(from);
  await whenStill(to);
  await from.hover();
  await page.mouse.down();
  const box = await to.boundingBox();
  if (box === null) throw new Error("connection target is not visible");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
}

test("build a flow from scratch, see a compile error on its node, fix it and publish v1", async ({ page }) => {
  const name = `Refund triage ${Date.now()}`;

  // New, blank flow → the editor opens with just the trigger.
  await page.goto("/flows");
  await page.getByRole("link", { name: "New flow" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByText("Blank", { exact: true }).click();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await page.waitForURL(/\/flows\/[^/]+\/edit$/);
  const flowId = new URL(page.url()).pathname.split("/")[2]!;
  const canvas = page.getByTestId("canvas");
  await expect(page.getByTestId("node-trigger")).toBeVisible();
  await expect(canvas).toHaveAttribute("data-nodes", "1");
  await expect(canvas).toHaveAttribute("data-edges", "0");
  await page.screenshot({ path: `${SHOTS}/build-flow-1-blank.png` });

  // Move the trigger to the left, then palette → canvas: a condition in the middle, two routes to its right
  // (clear of the minimap, and of the problems list, which grows from below and shrinks the canvas).
  const box = (await canvas.boundingBox())!;
  const trigger = page.getByTestId("node-trigger");
  await trigger.getByText("New ticket").hover();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.14, box.y + box.height * 0.33, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await trigger.boundingBox())!.x).toBeLessThan(box.x + box.width * 0.3);
  await page.getByTestId("palette-condition").dragTo(canvas, { targetPosition: { x: box.width * 0.45, y: box.height * 0.33 } });
  await expect(canvas).toHaveAttribute("data-nodes", "2");
  await page.getByTestId("palette-route").dragTo(canvas, { targetPosition: { x: box.width * 0.78, y: box.height * 0.12 } });
  await expect(canvas).toHaveAttribute("data-nodes", "3");
  await page.getByTestId("palette-route").dragTo(canvas, { targetPosition: { x: box.width * 0.78, y: box.height * 0.5 } });
  await expect(canvas).toHaveAttribute("data-nodes", "4");
  const condition = page.getByTestId("node-condition-1");
  const route1 = page.getByTestId("node-route-1");
  const route2 = page.getByTestId("node-route-2");
  await expect(condition).toBeVisible();
  await expect(route1).toBeVisible();
  await expect(route2).toBeVisible();

  // Queues from the config panel.
  const panel = page.getByTestId("config-panel");
  for (const [node, queue] of [
    [route1, "escalations"],
    [route2, "general"],
  ] as const) {
    await node.click();
    await panel.getByLabel("Queue", { exact: true }).selectOption({ label: queue });
    await expect(node).toContainText(queue);
  }

  // Connect trigger → condition and condition "true" → route 1 by dragging handles.
  const inputOf = (node: Locator) => node.locator(".react-flow__handle.target");
  await connect(page, trigger.locator(".react-flow__handle.source"), inputOf(condition));
  await expect(canvas).toHaveAttribute("data-edges", "1");
  await connect(page, condition.locator('.react-flow__handle[data-handleid="true"]'), inputOf(route1));
  await expect(canvas).toHaveAttribute("data-edges", "2");

  // A nested rule: ANY of (latest message contains "refund" / "chargeback"; ALL of (enterprise is true)).
  await condition.click();
  const groups = panel.getByTestId("rule-group");
  await groups.first().locator("select").first().selectOption({ label: "ANY of these" });
  await panel.getByRole("button", { name: "Rule", exact: true }).first().click();
  const firstRow = panel.getByTestId("rule-row").first();
  await firstRow.locator("select").first().selectOption({ label: "Latest customer message" });
  await expect(firstRow.locator("select").nth(1)).toHaveValue(/.+/);
  const words = firstRow.locator("input").first();
  await words.fill("refund");
  await words.press("Enter");
  await words.fill("chargeback");
  await words.press("Enter");
  await panel.getByRole("button", { name: "Group", exact: true }).first().click();
  const nested = groups.nth(1); // a new group starts with one rule
  await expect(nested).toBeVisible();
  await expect(nested.locator("select").first()).toHaveValue(String(["all", "any", "not"].indexOf("all")));
  const nestedRow = nested.getByTestId("rule-row").first();
  await nestedRow.locator("select").first().selectOption({ label: "Enterprise account" });
  await nestedRow.locator("select").nth(1).selectOption({ label: "is true" });
  const summary = 'Any of: Latest customer message contains any of "refund", "chargeback"; (All of: Enterprise account is true)';
  await expect(panel.getByTestId("rule-summary").first()).toHaveText(summary);
  await expect(condition).toContainText("Any of: Latest customer message contains any of");
  await page.screenshot({ path: `${SHOTS}/build-flow-2-rule.png` });

  // The compile error is pinned to the condition: its "false" output goes nowhere. Publish is off.
  const problems = page.getByTestId("problems-panel");
  const falseProblem = problems.locator("li button").filter({ hasText: /"condition-1": the "false" output is not connected/ });
  await expect(falseProblem).toBeVisible();
  await expect(condition.getByLabel(/\d+ problems?$/)).toBeVisible();
  await expect(page.getByTestId("publish")).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/build-flow-3-error.png` });

  // Clicking the problem selects the node it is about.
  await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
  await expect(page.locator(".react-flow__node.selected")).toHaveCount(0);
  await falseProblem.click();
  await expect(page.locator(".react-flow__node.selected")).toHaveAttribute("data-id", "condition-1");
  await expect(page.getByTestId("config-panel")).toContainText("condition-1");

  // Fix: condition "false" → route 2. No problems left; publish becomes possible once saved.
  await connect(page, condition.locator('.react-flow__handle[data-handleid="false"]'), inputOf(route2));
  await expect(canvas).toHaveAttribute("data-edges", "3");
  await expect(problems.getByText("No problems: this flow compiles")).toBeVisible();
  await expect(condition.getByLabel(/\d+ problems?$/)).toHaveCount(0);
  await expect(page.getByTestId("publish")).toBeEnabled();
  await expect(page.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/build-flow-4-fixed.png` });

  // Publish with a message → v1.
  await page.getByTestId("publish").click();
  const dialog = page.getByRole("dialog", { name: "Publish flow" });
  await dialog.locator("textarea").fill("Refunds and enterprise to escalations");
  await dialog.getByTestId("publish-confirm").click();
  await expect(page.getByText("Published v1")).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/build-flow-5-published.png` });

  // The flow page's history shows v1, published, active, with the message.
  await page.goto(`/flows/${flowId}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const v1 = page.getByRole("row").filter({ hasText: "Refunds and enterprise to escalations" });
  await expect(v1.getByRole("cell", { name: "v1", exact: true })).toBeVisible();
  await expect(v1.getByText("published", { exact: true })).toBeVisible();
  await expect(v1.getByText("active", { exact: true })).toBeVisible();
  await expect(page.getByText("v1 active")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/build-flow-6-history.png`, fullPage: true });
});
