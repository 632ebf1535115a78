import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { mutate } from "../support/trpc";
import { postWebhook } from "../support/webhooks";

/**
 * A lookup node in the flow editor: dragged from the palette, its data source picked from the workspace's list
 * (described under the picker), its three outputs on the canvas. Then live: a ticket runs through a published
 * lookup against a stand-in order system, and its trace in the inbox shows what was asked and found.
 */
test.use({ viewport: { width: 1600, height: 950 } });

const SHOTS = "test-results/screenshots";
const SEEDED_LIVE_FLOW = "Escalate when a human is needed";

async function newSource(request: APIRequestContext, baseUrl: string): Promise<string> {
  const name = `orders-${Date.now().toString(36)}`;
  await mutate(request, "dataSources.create", {
    name,
    description: "Order status and tracking from the shop",
    baseUrl,
    pathTemplate: "/orders/{{text.number}}",
    fields: [{ name: "status", path: "order.status", type: "string" }],
  });
  return name;
}

test("add a lookup node and pick its data source from the workspace's list", async ({ page, request }) => {
  const source = await newSource(request, "http://127.0.0.1:9/api");
  const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Lookups ${Date.now()}` });

  await page.goto(`/flows/${flow.id}/edit`);
  const canvas = page.getByTestId("canvas");
  await expect(canvas).toHaveAttribute("data-nodes", "1");
  const box = (await canvas.boundingBox())!;
  await page.getByTestId("palette-lookup").dragTo(canvas, { targetPosition: { x: box.width * 0.75, y: box.height * 0.3 } });
  await expect(canvas).toHaveAttribute("data-nodes", "2");
  const node = page.getByTestId("node-lookup-1");
  await expect(node).toContainText("Look up data");
  for (const handle of ["found", "not-found", "failed"]) await expect(node.locator(`.react-flow__handle[data-handleid="${handle}"]`)).toHaveCount(1);

  await node.click();
  const panel = page.getByTestId("config-panel");
  await expect(panel).toContainText("Pick a data source");
  await panel.getByLabel("Data source", { exact: true }).selectOption({ label: source });
  await expect(node).toContainText(source);
  await expect(panel).toContainText("Order status and tracking from the shop");
  await expect(panel).not.toContainText("Pick a data source");
  await expect(page.getByTestId("problems-panel")).not.toContainText("Pick a data source");
  await page.screenshot({ path: `${SHOTS}/lookup-node.png` });
});

test.describe("live", () => {
  let server: Server;
  const calls: string[] = [];

  test.beforeAll(async () => {
    server = createServer((req, res) => {
      calls.push(req.url ?? "/");
      const found = req.url === "/api/orders/48213";
      res.writeHead(found ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(found ? { order: { status: "shipped" } } : { error: "no such order" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test.afterEach(async ({ request }) => {
    const list = await request.get("/api/trpc/flows.list");
    const flows = ((await list.json()) as { result: { data: { json: Array<{ id: string; name: string }> } } }).result.data.json;
    const seeded = flows.find((f) => f.name === SEEDED_LIVE_FLOW);
    expect(seeded, `the seeded flow "${SEEDED_LIVE_FLOW}"`).toBeDefined();
    await mutate(request, "flows.setLive", { flowId: seeded!.id });
  });

  test("a live ticket's lookup is in its trace: what was asked, what was found", async ({ page, request }) => {
    const source = await newSource(request, `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`);
    const flow = await mutate<{ id: string }>(request, "flows.create", { name: `Order status ${Date.now()}` });
    const at = (x: number) => ({ x, y: 0 });
    await mutate(request, "flows.saveDraft", {
      flowId: flow.id,
      graph: {
        nodes: [
          { id: "t", type: "trigger", position: at(0), data: { on: "ticket.created" } },
          { id: "look", type: "lookup", position: at(240), data: { label: "Find the order", source } },
          { id: "shipped", type: "tag", position: at(480), data: { add: ["order-found"], remove: [] } },
          { id: "none", type: "end", position: { x: 480, y: 160 }, data: {} },
        ],
        edges: [
          { id: "t-look", source: "t", target: "look", sourceHandle: "next" },
          { id: "look-found", source: "look", target: "shipped", sourceHandle: "found" },
          { id: "look-none", source: "look", target: "none", sourceHandle: "not-found" },
        ],
      },
    });
    await mutate(request, "flows.publish", { flowId: flow.id, message: "Order lookups" });
    await mutate(request, "flows.setLive", { flowId: flow.id });

    const externalId = `e2e-lookup-${Date.now()}`;
    const response = await postWebhook(request, "/api/webhooks/tickets", { source: "e2e", externalId, subject: "Where is my order?", body: "Order 48213 has not arrived yet.", customer: { externalId: `cust-${externalId}` } });
    expect(response.status()).toBe(201);
    const { ticket } = (await response.json()) as { ticket: { id: string } };

    await page.goto(`/inbox/${ticket.id}`);
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(`Found in ${source} at /orders/48213: status`)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    expect(calls).toEqual(["/api/orders/48213"]);
    await page.screenshot({ path: `${SHOTS}/lookup-trace.png`, fullPage: true });
  });
});
