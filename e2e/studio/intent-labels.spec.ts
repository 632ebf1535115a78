import { expect, test } from "@playwright/test";
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
