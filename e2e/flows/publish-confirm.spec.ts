import { expect, test } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";

/**
 * Publish and Make live say what they are about to ship before they do it: the warnings (here an intent the
 * workspace's classifier never answers with) and the last backtest of exactly that graph, or that there is none.
 */
const UNKNOWN_INTENT = "e2e_intent_nobody_answers";

async function get<T>(request: import("@playwright/test").APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test.use({ viewport: { width: 1440, height: 900 } });

test("publish and make-live confirms show the warnings and the last backtest's figures", async ({ page, request }) => {
  test.setTimeout(180_000);
  const name = `Publish confirm ${Date.now()}`;
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "intent-routing", name });
  const graph = await draftGraphOf(request, flow.id);
  const switchNode = graph.nodes.find((n) => n.type === "switch")!;
  const cases = switchNode.data.cases as Array<{ rules: { rules: unknown[] } }>;
  cases[0]!.rules.rules[0] = { kind: "rule", field: "intent.label", op: "equals", value: UNKNOWN_INTENT };
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });

  // Publish from the editor: never backtested, one warning at least, naming the intent.
  await page.goto(`/flows/${flow.id}/edit`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const publish = page.getByRole("dialog", { name: "Publish flow" });
  await expect(publish.getByRole("heading", { name: "Publish the draft as v1?" })).toBeVisible();
  const warnings = publish.getByRole("region", { name: "Warnings" });
  await expect(warnings.getByText(/^\d+ warnings?$/)).toBeVisible();
  await expect(warnings).toContainText(`names the intent “${UNKNOWN_INTENT}”`);
  const backtest = publish.getByRole("region", { name: "Last backtest" });
  await expect(backtest).toContainText("Not backtested yet.");
  await expect(backtest.getByRole("button", { name: "Start a backtest" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/publish-confirm.png" });
  await publish.getByRole("button", { name: "Publish v1" }).click();
  await expect(publish).toBeHidden();

  // Backtest v1, then Make live on the flow page shows its figures.
  const flowPage = await get<{ versions: Array<{ id: string; number: number }> }>(request, "flows.get", { id: flow.id });
  const v1 = flowPage.versions.find((v) => v.number === 1)!;
  const run = await mutate<{ id: string }>(request, "backtests.start", {
    flowId: flow.id,
    candidate: { kind: "version", versionId: v1.id },
    baseline: { kind: "history" },
    selection: { sampleSize: 200 },
  });
  await expect.poll(async () => (await get<{ status: string }>(request, "backtests.get", { id: run.id })).status, { timeout: 120_000 }).toBe("completed");

  await page.goto(`/flows/${flow.id}`);
  await page.getByRole("button", { name: "Make live" }).click();
  const makeLive = page.getByRole("dialog", { name: `Make “${name}” live?` });
  await expect(makeLive.getByRole("region", { name: "Warnings" })).toContainText(UNKNOWN_INTENT);
  const figures = makeLive.getByRole("region", { name: "Last backtest" });
  await expect(figures).toContainText("Last backtest (v1 against history as it happened, 200 tickets");
  for (const label of ["Automation", "Routing accuracy", "Escalations", "SLA breaches"]) {
    await expect(figures.getByRole("term").filter({ hasText: label })).toBeVisible();
  }
  await expect(figures.getByRole("definition").nth(1)).toHaveText(/^(\d+(\.\d)?%|not measured)$/);
  await expect(figures.getByRole("link", { name: "Open the backtest" })).toHaveAttribute("href", `/backtests/${run.id}`);
  await expect(makeLive.getByRole("button", { name: "Make v1 live" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/make-live-confirm.png" });
  // Nothing is made live here: other specs rely on the seeded live flow.
  await makeLive.getByRole("button", { name: "Cancel" }).click();
  await expect(makeLive).toBeHidden();
});
