import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../../app/api/trpc/[trpc]/route";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { signIn } from "../../../tests/auth";
import { GRAPH_LIMITS, MAX_PLAN_BYTES } from "../../../workflows/model/limits";
import { getPrisma } from "../../db";
import { contentHash } from "./content-hash";

/**
 * The size limits where a person meets them: saving a draft (refused before it is stored or compiled, with a
 * sentence naming the limit and the size) and publishing (a plan over what the live engine takes is refused).
 */
const prisma = getPrisma();
let cookie = "";

async function mutate(path: string, input: unknown) {
  const request = new Request(`http://test/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ json: input }) });
  const response = await POST(request);
  const body = (await response.json()) as { result?: { data: { json: any } }; error?: { json: any } };
  return { status: response.status, data: body.result?.data.json, error: body.error?.json };
}

/** [trigger] ──▶ [notify 1] ──▶ … ──▶ [notify n] ──▶ [end], each notify carrying a message of `length` characters. */
function notifyChain(n: number, length: number) {
  const ids = ["t", ...Array.from({ length: n }, (_, i) => `notify-${i}`), "end"];
  const nodes = ids.map((id, i) => ({
    id,
    type: i === 0 ? "trigger" : i === ids.length - 1 ? "end" : "notify",
    position: { x: i * 200, y: 0 },
    data: i === 0 ? { on: "ticket.created" } : i === ids.length - 1 ? {} : { channel: "#support", message: `${i} ${"x".repeat(length)}` },
  }));
  const edges = ids.slice(1).map((id, i) => ({ id: `e${i}`, source: ids[i]!, target: id }));
  return { nodes, edges };
}

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  cookie = await signIn("ada@example.com", "publisher");
});

describe("graph size limits", () => {
  it("refuses a draft with too many steps before storing it, naming the limit and the size", async () => {
    const created = await mutate("flows.create", { name: `Too many steps ${Date.now()}` });
    const before = await prisma.flow.findUniqueOrThrow({ where: { id: created.data.id }, select: { draftGraph: true, updatedAt: true } });
    const nodes = Array.from({ length: GRAPH_LIMITS.nodes + 1 }, (_, i) => ({ id: `n${i}`, type: "end", data: {} }));

    const saved = await mutate("flows.saveDraft", { flowId: created.data.id, graph: { nodes, edges: [] } });
    expect(saved.status).toBe(400);
    expect(saved.error.message).toBe("This flow has 1,001 steps; a flow can have at most 1,000, so split it into smaller flows.");
    const after = await prisma.flow.findUniqueOrThrow({ where: { id: created.data.id }, select: { draftGraph: true, updatedAt: true } });
    expect(contentHash(after.draftGraph)).toBe(contentHash(before.draftGraph));
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("saves a draft whose wait is shorter than a second, and names the problem on the step", async () => {
    const created = await mutate("flows.create", { name: `Short wait ${Date.now()}` });
    const graph = {
      nodes: [
        { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
        { id: "w", type: "wait-for", position: { x: 200, y: 0 }, data: { event: "customer.replied", timeout: "0.0001s" } },
        { id: "a", type: "end", position: { x: 400, y: 0 }, data: {} },
        { id: "b", type: "end", position: { x: 400, y: 200 }, data: {} },
      ],
      edges: [
        { id: "e1", source: "t", target: "w" },
        { id: "e2", source: "w", target: "a", sourceHandle: "replied" },
        { id: "e3", source: "w", target: "b", sourceHandle: "timeout" },
      ],
    };
    const saved = await mutate("flows.saveDraft", { flowId: created.data.id, graph });
    expect(saved.status).toBe(200);
    expect(saved.data.errors).toEqual([expect.objectContaining({ code: "bad-duration", nodeId: "w", field: "timeout" })]);
  });

  it("refuses to publish a flow whose plan is more than the live engine takes, and writes no version", async () => {
    const created = await mutate("flows.create", { name: `Huge plan ${Date.now()}` });
    // 200 messages of 9,000 characters: every step within its limits, the plan about 1.8 MB.
    const graph = notifyChain(200, 9_000);
    const saved = await mutate("flows.saveDraft", { flowId: created.data.id, graph });
    expect(saved.status).toBe(200);
    // The editor hears it on save already, as a problem of the whole graph.
    expect(saved.data.errors).toEqual([{ code: "too-large", message: expect.stringMatching(/^This flow compiles to 1\.8\d? MB; the live engine takes at most 1\.5 MB/) }]);

    const published = await mutate("flows.publish", { flowId: created.data.id });
    expect(published.status).toBe(400);
    expect(published.error.message).toMatch(/^This flow compiles to 1\.8\d? MB; the live engine takes at most 1\.5 MB: split it into smaller flows/);
    expect(await prisma.flowVersion.count({ where: { flowId: created.data.id } })).toBe(0);
  });

  it("publishes the same flow once it is small enough", async () => {
    const created = await mutate("flows.create", { name: `Big plan ${Date.now()}` });
    const graph = notifyChain(100, 9_000);
    const saved = await mutate("flows.saveDraft", { flowId: created.data.id, graph });
    expect(saved.data.errors).toEqual([]);
    const published = await mutate("flows.publish", { flowId: created.data.id });
    expect(published.status).toBe(200);
    const version = await prisma.flowVersion.findUniqueOrThrow({ where: { id: published.data.id }, select: { plan: true } });
    expect(Buffer.byteLength(JSON.stringify(version.plan))).toBeLessThan(MAX_PLAN_BYTES);
  });
});
