import { expect, test, type Locator, type Page } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";

/**
 * A rule naming an intent the classifier never gives is a warning in the editor (it never blocks publishing),
 * and the rule's value box suggests the labels tickets can get. Whichever classifier is active (the keyword
 * baseline, or the model the first start trains on the demo history), "card_isue" is not one of its labels.
 *
 *   trigger → classify → sentiment → needs-human [intent.label = "card_isue"] ─true→ escalate → …
 *                                                                            └false→ route-general
 */
test("the editor warns about an intent label the classifier never gives, and suggests the ones it does", async ({ page, request }) => {
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "escalation-triggers", name: `Intent labels ${Date.now()}` });
  const graph = await draftGraphOf(request, flow.id);
  const condition = graph.nodes.find((n) => n.id === "needs-human")!;
  condition.data.rules = { kind: "group", match: "all", rules: [{ kind: "rule", field: "intent.label", op: "equals", value: "card_isue" }] };
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });

  await page.goto(`/flows/${flow.id}/edit`);
  const problems = page.getByTestId("problems-panel");
  await expect(problems.getByRole("button", { name: "No problems: this flow compiles · 1 warning" })).toBeVisible();
  const warning = problems.locator("li button").filter({ hasText: /"Needs a human\?" names the intent "card_isue", which (the keyword baseline|intent model v\d+) never answers/ });
  await expect(warning).toBeVisible();
  // A warning does not block publishing.
  await expect(page.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
  await expect(page.getByTestId("publish")).toBeEnabled();

  // Clicking it selects the node; the rule says why and its box suggests the labels tickets get.
  await warning.click();
  await expect(page.locator(".react-flow__node.selected")).toHaveAttribute("data-id", "needs-human");
  const panel = page.getByTestId("config-panel");
  const row = panel.getByTestId("rule-row").first();
  await expect(row).toContainText(/"card_isue" is not a label of (the keyword baseline|intent model v\d+): this never matches\./);
  const value = row.locator("input[list]");
  const listId = await value.getAttribute("list");
  const suggestions = await page.locator(`datalist[id="${listId}"] option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(suggestions.length).toBeGreaterThan(3);
  expect(suggestions).not.toContain("card_isue");
  await page.screenshot({ path: "test-results/screenshots/intent-label-warning.png" });

  // Taking a suggested label clears the warning.
  await value.fill(suggestions[0]!);
  await expect(problems.getByRole("button", { name: /^No problems: this flow compiles(?! ·)/ })).toBeVisible();
  await expect(row).not.toContainText("is not a label");
});

/**
 * Templates open speaking the workspace's language: created from the new-flow page, "Route by intent" and "Tiered
 * support" name only intents the classifier gives, so the problems panel has nothing to say, not even a warning.
 * Whichever classifier answers here, one of the two was written in other words and is adapted when created: with
 * the keyword baseline, "Tiered support" (written in the history's categories); with a model trained on the demo
 * history, "Route by intent" (written in the baseline's words).
 */
async function createFromTemplate(page: Page, template: string): Promise<Locator> {
  await page.goto("/flows/new");
  await page.getByLabel("Name").fill(`${template.split(":")[0]} ${Date.now()}`);
  await page.getByText(template, { exact: true }).click();
  // The warnings need the classifier's labels: wait for them, so "no warning" is not just "not loaded yet".
  const labelsLoaded = page.waitForResponse((r) => r.url().includes("aiModels.intentLabels") && r.ok());
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await page.waitForURL(/\/flows\/[^/]+\/edit$/);
  await labelsLoaded;
  const problems = page.getByTestId("problems-panel");
  // With warnings the button reads "No problems: this flow compiles · N warnings".
  await expect(problems.getByRole("button", { name: /^No problems: this flow compiles(?! ·)/ })).toBeVisible();
  await expect(problems.locator("li")).toHaveCount(0);
  return problems;
}

test("the new-flow page says which template is adapted to the workspace's classifier", async ({ page }) => {
  await page.goto("/flows/new");
  const notes = page.locator('[data-testid^="template-adapted-"]');
  await expect(notes.first()).toBeVisible();
  await expect(notes.first()).toContainText(/^Adapted to (the keyword baseline|intent model v\d+): /);
  await page.screenshot({ path: "test-results/screenshots/new-flow-templates.png", fullPage: true });
});

test("a flow created from \"Route by intent\" opens with no problems and no warnings", async ({ page }) => {
  const problems = await createFromTemplate(page, "Route by intent");
  // Its cases' rules know their labels: the suggestions are there, and none of them says "is not a label".
  await page.getByTestId("node-by-intent").click();
  const rows = page.getByTestId("config-panel").getByTestId("rule-row");
  await expect(rows.first()).toBeVisible();
  const listId = await rows.first().locator("input[list]").first().getAttribute("list");
  await expect.poll(() => page.locator(`datalist[id="${listId}"] option`).count()).toBeGreaterThan(3);
  await expect(page.getByTestId("config-panel")).not.toContainText("is not a label");
  await expect(problems.getByRole("button", { name: /^No problems: this flow compiles(?! ·)/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/route-by-intent-no-warnings.png" });
});

test("a flow created from \"Tiered support\" opens with no problems and no warnings", async ({ page }) => {
  await createFromTemplate(page, "Tiered support: automate, assist, escalate");
  await page.screenshot({ path: "test-results/screenshots/tiered-support-no-warnings.png" });
});
