import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { draftGraphOf, mutate } from "../../e2e/support/trpc";

/**
 * Oversized and hostile flow graphs sent straight to `flows.saveDraft`: each is refused with a 4xx and a sentence
 * naming the limit and the actual size, nothing is stored, and the app answers normally afterwards.
 */
async function saveDraft(request: APIRequestContext, flowId: string, graph: unknown): Promise<APIResponse> {
  return request.post("/api/trpc/flows.saveDraft", { data: { json: { flowId, graph } } });
}

async function errorMessage(response: APIResponse): Promise<string> {
  const body = (await response.json()) as { error?: { json?: { message?: string } } };
  return body.error?.json?.message ?? "";
}

async function expectHealthy(request: APIRequestContext) {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
}

/** A rule group `depth` groups deep, as JSON text. */
function nestedGroups(depth: number): string {
  const open = '{"kind":"group","match":"all","rules":[';
  return `${open.repeat(depth)}{"kind":"rule","field":"customer.plan","op":"equals","value":"pro"}${"]}".repeat(depth)}`;
}

/** Steps as lean as a hostile client would send them, so 100,000 of them stay well under the body limit. */
const leanStep = (i: number) => ({ id: `n${i}`, type: "end", data: {} });

test.describe("graph size limits", () => {
  let flowId = "";
  let original = "";

  test.beforeAll(async ({ request }) => {
    const created = await mutate<{ id: string }>(request, "flows.create", { name: `Hostile graphs ${Date.now()}` });
    flowId = created.id;
    original = JSON.stringify(await draftGraphOf(request, flowId));
  });

  test.afterEach(async ({ request }) => {
    // Whatever was refused, the stored draft is the one the flow was created with.
    expect(JSON.stringify(await draftGraphOf(request, flowId))).toBe(original);
    await expectHealthy(request);
  });

  test("a draft of 100,000 steps is refused with a sentence naming the limit", async ({ request }) => {
    const response = await saveDraft(request, flowId, { nodes: Array.from({ length: 100_000 }, (_, i) => leanStep(i)), edges: [] });
    expect(response.status()).toBe(400);
    expect(await errorMessage(response)).toBe("This flow has 100,000 steps; a flow can have at most 1,000, so split it into smaller flows.");
  });

  test("a draft of 40,000 connections from one step is refused with a sentence naming the limit", async ({ request }) => {
    const edges = Array.from({ length: 40_000 }, (_, i) => ({ id: `e${i}`, source: "n0", target: `n${1 + (i % 999)}` }));
    const response = await saveDraft(request, flowId, { nodes: Array.from({ length: 1_000 }, (_, i) => leanStep(i)), edges });
    expect(response.status()).toBe(400);
    expect(await errorMessage(response)).toBe("This flow has 40,000 connections; a flow can have at most 4,000, so split it into smaller flows.");
  });

  test("a condition nested 200 groups deep is refused with a sentence naming the limit", async ({ request }) => {
    const graph = { nodes: [{ id: "t", type: "trigger", data: { on: "ticket.created" } }, { id: "deep", type: "condition", data: { label: "Deep", rules: JSON.parse(nestedGroups(200)) } }], edges: [] };
    const response = await saveDraft(request, flowId, graph);
    expect(response.status()).toBe(400);
    expect(await errorMessage(response)).toContain('Step "Deep": its rule groups nest 200 deep; groups can nest at most 8 deep');
  });

  test("a condition nested 5,000 groups deep is refused, not a crash", async ({ request }) => {
    // Written out by hand: JSON.stringify itself overflows on a value this deep.
    const body = `{"json":{"flowId":${JSON.stringify(flowId)},"graph":{"edges":[],"nodes":[{"id":"deep","type":"condition","data":{"rules":${nestedGroups(5_000)}}}]}}}`;
    const response = await request.post("/api/trpc/flows.saveDraft", { data: body, headers: { "content-type": "application/json" } });
    expect(response.status()).toBe(400);
    expect(await errorMessage(response)).toBe("The request nests lists or objects more than 500 levels deep, which no form of the studio sends. Send flatter data.");
  });

  test("one step too many is refused the same way", async ({ request }) => {
    const response = await saveDraft(request, flowId, { nodes: Array.from({ length: 1_001 }, (_, i) => leanStep(i)), edges: [] });
    expect(response.status()).toBe(400);
    expect(await errorMessage(response)).toBe("This flow has 1,001 steps; a flow can have at most 1,000, so split it into smaller flows.");
  });
});
