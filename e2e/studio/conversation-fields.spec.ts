import { expect, test } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";

/**
 * A long back-and-forth with the AI as a reason to hand off: the rule builder offers the two conversation
 * fields in words (with what they count), and the tier map's escalation criteria switch them on.
 *
 *   trigger → classify → sentiment → needs-human [customer turns with the AI > 3] ─true→ escalate → …
 */
test.use({ viewport: { width: 1440, height: 900 } });

test("a condition on customer turns with the AI is picked in words and saved", async ({ page, request }) => {
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "escalation-triggers", name: `Customer turns ${Date.now()}` });
  const graph = await draftGraphOf(request, flow.id);
  graph.nodes.find((n) => n.id === "needs-human")!.data.rules = { kind: "group", match: "any", rules: [{ kind: "rule", field: "customer.enterprise", op: "is_true" }] };
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });

  await page.goto(`/flows/${flow.id}/edit`);
  await page.getByTestId("node-needs-human").click();
  const panel = page.getByTestId("config-panel");
  const row = panel.getByTestId("rule-row").first();
  await row.locator("select").first().selectOption({ label: "Customer turns with the AI" });
  await expect(row).toContainText("Customer messages before a person replied, the first message included");
  await row.locator("select").nth(1).selectOption({ label: "is more than" });
  await row.locator("input").first().fill("3");
  await expect(panel.getByTestId("rule-summary").first()).toHaveText("Any of: Customer turns with the AI > 3");
  await expect(page.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
  await page.screenshot({ path: "test-results/screenshots/rule-customer-turns.png" });

  // The other field, a boolean: it offers only "is true" / "is false".
  await row.locator("select").first().selectOption({ label: "Customer repeated the question" });
  await expect(row).toContainText("The latest customer reply says again what an earlier message said");
  await row.locator("select").nth(1).selectOption({ label: "is true" });
  await expect(panel.getByTestId("rule-summary").first()).toHaveText("Any of: Customer repeated the question is true");
  await expect(page.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
  await page.reload();
  await page.getByTestId("node-needs-human").click();
  await expect(panel.getByTestId("rule-summary").first()).toHaveText("Any of: Customer repeated the question is true");
});

test("the tier map escalates on a long back-and-forth and a repeated question once switched on", async ({ page }) => {
  await page.goto("/history-audit/tiers");
  const turns = page.getByRole("switch", { name: /Long back-and-forth/ });
  const repeated = page.getByRole("switch", { name: /Repeated question/ });
  const limit = page.getByLabel(/Escalate after more than/);
  // Off in a map saved before these criteria existed, and in a new one.
  await expect(turns).not.toBeChecked();
  await expect(repeated).not.toBeChecked();
  await expect(limit).toBeDisabled();

  await turns.check();
  await expect(limit).toBeEnabled();
  await limit.fill("4");
  await repeated.check();
  await page.getByRole("button", { name: "Save tier map" }).click();
  await expect(page.getByText(/Saved as version \d+\./)).toBeVisible();
  const versions = page.getByRole("table", { name: "Tier map versions" });
  await expect(versions.getByRole("row").nth(1)).toContainText(/Customer turns with the AI: off → more than 4|more than 4 customer turns, repeated question/);
  await limit.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: "test-results/screenshots/tier-map-conversation.png" });

  // Switched back off, so other specs' tickets get the tiers they expect.
  await turns.uncheck();
  await repeated.uncheck();
  await page.getByRole("button", { name: "Save tier map" }).click();
  await expect(versions.getByRole("row").nth(1)).toContainText("Customer turns with the AI: more than 4 → off");
});
