import { expect, test, type APIRequestContext } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * New topics surface on the AI models page: a live flow whose classify step needs more confidence than the model
 * has, four live tickets about one topic the model was never taught; the page groups them as a possible new
 * intent with a suggested name, the model's nearest intent and examples that open the tickets in the inbox; labelling
 * the examples with a new intent lists them as labels from agents for the next training. The seeded escalation
 * example is made live again afterwards.
 */
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";
const SHOTS = "test-results/screenshots";

async function get<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/api/trpc/${path}`);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test.afterEach(async ({ request }) => {
  const flows = await get<Array<{ id: string; name: string }>>(request, "flows.list");
  const seeded = flows.find((f) => f.name === SEEDED_LIVE_FLOW);
  expect(seeded, `the seeded flow "${SEEDED_LIVE_FLOW}"`).toBeDefined();
  await mutate(request, "flows.setLive", { flowId: seeded!.id });
});

test.use({ viewport: { width: 1440, height: 1000 } });

test("unsure live tickets about one topic show as a possible new intent with examples linked to the inbox, and can be labelled", async ({ page, request }) => {
  test.setTimeout(180_000);
  // With digits, so the marker (in every subject) is not taken for a topic word in the group's name.
  const marker = `pni${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "tier1-password-reset", name: `Unsure on purpose ${marker}` });
  const graph = await draftGraphOf(request, flow.id);
  // No answer is this sure, so every ticket takes the classify step's "unsure" way.
  Object.assign(graph.nodes.find((n) => n.id === "classify")!.data, { minConfidence: 0.99 });
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "Demand certainty" });
  await mutate(request, "flows.setLive", { flowId: flow.id });

  const bodies = [
    "How do I check the balance on my gift card?",
    "My gift card shows zero balance but I never used it",
    "The gift card balance is wrong after my last purchase",
    "Where can I see how much balance is left on a gift card?",
  ];
  for (const [i, body] of bodies.entries()) {
    const externalId = `${marker}-${i}`;
    const response = await postWebhook(request, "/api/webhooks/tickets", { source: "e2e", externalId, subject: `Gift card balance ${marker} #${i + 1}`, body, customer: { externalId: `cust-${externalId}`, name: "Gift Card Customer" } });
    expect(response.status()).toBe(201);
  }

  // The worker classifies each ticket in the background; the group appears once all four are unsure.
  type Groups = { clusters: Array<{ size: number; examples: Array<{ subject: string }> }> };
  await expect(async () => {
    const groups = await get<Groups>(request, "aiModels.possibleNewIntents");
    const ours = groups.clusters.find((c) => c.examples.some((e) => e.subject.includes(marker)));
    expect(ours?.examples.filter((e) => e.subject.includes(marker))).toHaveLength(4);
  }).toPass({ timeout: 90_000 });

  await page.goto("/settings/ai");
  const section = page.getByRole("region", { name: "Possible new intents" });
  await expect(section).toBeVisible();
  // A group's card (its examples are list items too, without a heading).
  const group = section
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .filter({ has: page.getByRole("link", { name: `Gift card balance ${marker} #1` }) });
  await expect(group.getByRole("heading", { level: 3 })).toContainText(/gift card|balance/);
  await expect(group).toContainText(/\d+ tickets/);
  await expect(group).toContainText(/Nearest intent \S+: \d+ of \d+ tickets, mean confidence \d+%/);
  await expect(group.getByRole("link", { name: new RegExp(marker) })).toHaveCount(4);
  await group.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/possible-new-intents.png`, fullPage: true });

  const intent = `gift_card_balance_${marker}`;
  const form = group.getByRole("form", { name: /^Label the examples of/ });
  await form.getByRole("combobox", { name: /Label these \d+ examples as/ }).fill(intent);
  await form.getByRole("button", { name: "Label" }).click();
  await expect(form.getByRole("status")).toContainText(new RegExp(`Labelled \\d+ tickets as ${intent}: the next training learns from them`));
  const agentLabels = page.getByRole("region", { name: "Labels from agents" });
  await expect(agentLabels.getByRole("row").filter({ hasText: intent }).filter({ hasText: `Gift card balance ${marker} #1` })).toBeVisible();
  await agentLabels.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/possible-new-intents-labelled.png`, fullPage: true });

  await group.getByRole("link", { name: `Gift card balance ${marker} #2` }).click();
  await expect(page).toHaveURL(/\/inbox\/[^/]+$/);
  await expect(page.getByRole("heading", { name: `Gift card balance ${marker} #2` })).toBeVisible();
});
