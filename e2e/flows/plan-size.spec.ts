import { expect, test } from "@playwright/test";
import { mutate } from "../support/trpc";

/**
 * A flow whose compiled plan is more than the live engine takes as workflow input cannot be published: the
 * editor lists it as a problem, and the Publish dialog says how big it is and what the limit is.
 */
test.use({ viewport: { width: 1440, height: 900 } });

test("publishing a flow too large for the live engine is refused with its size and the limit", async ({ page, request }) => {
  test.setTimeout(180_000);
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Too large to publish ${Date.now()}` });
  // [trigger] ──▶ [notify 1] ──▶ … ──▶ [notify 180] ──▶ [end]: each message 9,000 characters, the plan about 1.65 MB.
  const ids = ["t", ...Array.from({ length: 180 }, (_, i) => `notify-${i + 1}`), "end"];
  const nodes = ids.map((id, i) => ({
    id,
    type: i === 0 ? "trigger" : i === ids.length - 1 ? "end" : "notify",
    position: { x: (i % 12) * 260, y: Math.floor(i / 12) * 160 },
    data: i === 0 ? { on: "ticket.created" } : i === ids.length - 1 ? {} : { label: `Ping ${i}`, channel: "#support", message: `${i} ${"x".repeat(9_000)}` },
  }));
  const edges = ids.slice(1).map((id, i) => ({ id: `e${i}`, source: ids[i]!, target: id }));
  const saved = await mutate<{ errors: unknown[] }>(request, "flows.saveDraft", { flowId: flow.id, graph: { nodes, edges } });
  expect(saved.errors).toHaveLength(1);

  // The editor names the problem while the flow is drawn, and Publish waits until it is fixed.
  await page.goto(`/flows/${flow.id}/edit`);
  await expect(page.getByText(/This flow compiles to 1\.6\d? MB; the live engine takes at most 1\.5 MB: split it into smaller flows/).first()).toBeVisible();
  await expect(page.getByTestId("publish")).toBeDisabled();
  await page.screenshot({ path: "test-results/screenshots/plan-too-large.png" });

  // A caller going around the editor is refused by the server with the same sentence.
  const published = await request.post("/api/trpc/flows.publish", { data: { json: { flowId: flow.id } } });
  expect(published.status()).toBe(400);
  const body = (await published.json()) as { error: { json: { message: string } } };
  expect(body.error.json.message).toMatch(/^This flow compiles to 1\.6\d? MB; the live engine takes at most 1\.5 MB/);
});
