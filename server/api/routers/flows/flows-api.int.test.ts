import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "../../../../app/api/trpc/[trpc]/route";
import { seedWorkspace } from "../../../../prisma/seed/seed-workspace";
import { getPrisma } from "../../../db";
import { getLiveFlowId, setLiveFlow } from "../../../services/flows/live-flow";
import severalErrors from "../../../../workflows/examples/broken/several-errors.json";
import { signIn } from "../../../../tests/auth";

/**
 * The flows procedures over HTTP, through the real tRPC route handler and errorFormatter: what the
 * studio's client actually receives (superjson envelopes, error codes, data.compileErrors, zodError).
 */
const prisma = getPrisma();
/** Session cookies by email, from signing in through better-auth; calls act as ada unless told otherwise. */
const cookies = new Map<string, string>();

async function call(path: string, input: unknown, opts: { query?: boolean; user?: string | null } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const user = opts.user === undefined ? "ada@example.com" : opts.user;
  if (user !== null) headers.cookie = cookies.get(user) ?? "";
  const url = `http://test/api/trpc/${path}`;
  const request = opts.query
    ? new Request(`${url}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { headers })
    : new Request(url, { method: "POST", headers, body: JSON.stringify({ json: input }) });
  const response = await (opts.query ? GET : POST)(request);
  const body = (await response.json()) as { result?: { data: { json: any } }; error?: { json: any } };
  return { status: response.status, data: body.result?.data.json, error: body.error?.json };
}

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  cookies.set("ada@example.com", await signIn("ada@example.com", "publisher"));
  cookies.set("grace@example.com", await signIn("grace@example.com", "publisher"));
  cookies.set("dan@example.com", await signIn("dan@example.com", "designer"));
});

describe("flows API", () => {
  it("lists templates with node counts and creates a flow from one, authored by the signed-in user", async () => {
    const templates = await call("flows.templates", undefined, { query: true });
    expect(templates.data).toEqual(expect.arrayContaining([expect.objectContaining({ slug: "intent-routing", nodeCount: 10 })]));

    const created = await call("flows.create", { template: "sla-escalation", name: `API ${Date.now()}` }, { user: "ada@example.com" });
    expect(created.status).toBe(200);
    const published = await call("flows.publish", { flowId: created.data.id, message: "First" }, { user: "ada@example.com" });
    expect(published.data).toMatchObject({ number: 1, status: "published" });
    const version = await prisma.flowVersion.findUniqueOrThrow({ where: { id: published.data.id } });
    expect(version.author).toBe("ada@example.com");

    const again = await call("flows.publish", { flowId: created.data.id });
    expect(again.status).toBe(409);
    expect(again.error.message).toMatch(/Nothing to publish/);
  });

  it("answers a broken publish with 400 and every compile error in data.compileErrors", async () => {
    const created = await call("flows.create", { name: `Broken ${Date.now()}` });
    const saved = await call("flows.saveDraft", { flowId: created.data.id, graph: severalErrors });
    expect(saved.status).toBe(200);
    expect(saved.data.errors).toHaveLength(7);

    const published = await call("flows.publish", { flowId: created.data.id });
    expect(published.status).toBe(400);
    expect(published.error.data.code).toBe("BAD_REQUEST");
    expect(published.error.data.zodError).toBeNull();
    expect(published.error.data.compileErrors).toEqual(saved.data.errors);
    expect(published.error.data.compileErrors.map((e: { nodeId?: string }) => e.nodeId)).toEqual(
      expect.arrayContaining(["ai-reply", "forgotten", "is-angry", "route-vip"]),
    );
  });

  it("keeps zod input errors as data.zodError with field paths", async () => {
    const created = await call("flows.create", { name: `Bad draft ${Date.now()}` });
    const saved = await call("flows.saveDraft", { flowId: created.data.id, graph: { nodes: [{ type: "route" }], edges: [] } });
    expect(saved.status).toBe(400);
    expect(saved.error.data.compileErrors).toBeNull();
    expect(saved.error.data.zodError).toEqual([expect.objectContaining({ path: "graph.nodes.0.id" })]);
  });

  it("extends flows.get with the draft, its compile errors and whether the flow is live", async () => {
    const created = await call("flows.create", { template: "intent-routing", name: `Get ${Date.now()}` });
    let flow = (await call("flows.get", { id: created.data.id }, { query: true })).data;
    expect(flow).toMatchObject({ live: false, draftErrors: [], draftMatchesActive: false, shownGraph: { source: "draft" } });
    expect(flow.draftGraph.nodes).toHaveLength(10);

    await call("flows.publish", { flowId: created.data.id });
    const previousLive = await getLiveFlowId(prisma);
    try {
      expect((await call("flows.setLive", { flowId: created.data.id })).status).toBe(200);
      flow = (await call("flows.get", { id: created.data.id }, { query: true })).data;
      expect(flow).toMatchObject({ live: true, draftMatchesActive: true, shownGraph: { source: "active", versionNumber: 1 } });
      expect(flow.versions).toEqual([expect.objectContaining({ number: 1, isActive: true })]);
    } finally {
      // The database is shared with other test files; leave the workspace's live flow as it was.
      if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
    }
  });

  it("diffs two versions and a version against the draft; rolls back", async () => {
    const created = await call("flows.create", { template: "tier1-password-reset", name: `Diff ${Date.now()}` });
    const flowId = created.data.id;
    const v1 = (await call("flows.publish", { flowId })).data;
    const draft = (await call("flows.get", { id: flowId }, { query: true })).data.draftGraph;
    draft.nodes.find((n: { id: string }) => n.id === "ai-reply").data.threshold = 0.85;
    await call("flows.saveDraft", { flowId, graph: draft });
    const pending = await call("flows.diff", { versionId: v1.id, against: "draft" }, { query: true });
    expect(pending.data.diff.nodes.changed).toEqual([
      { id: "ai-reply", type: "ai-reply", changes: [{ path: "data.threshold", kind: "changed", before: 0.7, after: 0.85 }] },
    ]);
    const v2 = (await call("flows.publish", { flowId, message: "Stricter" })).data;
    const diff = await call("flows.diff", { fromVersionId: v1.id, toVersionId: v2.id }, { query: true });
    expect(diff.data.diff.nodes.changed).toHaveLength(1);

    const rolledBack = await call("flows.rollback", { flowId, versionId: v1.id }, { user: "grace@example.com" });
    expect(rolledBack.data).toMatchObject({ number: 3, rolledBackTo: 1 });
    const missing = await call("flows.rollback", { flowId, versionId: "nope" });
    expect(missing.status).toBe(404);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { subject: flowId, action: { contains: "rollback" } } });
    expect(audit.actor).toBe("grace@example.com");
  });

  it("answers 401 signed out and 403 with a sentence when the role may not", async () => {
    const created = await call("flows.create", { template: "sla-escalation", name: `Roles ${Date.now()}` }, { user: "dan@example.com" });
    expect(created.status).toBe(200);
    expect((await call("flows.list", undefined, { query: true, user: null })).status).toBe(401);
    const refused = await call("flows.publish", { flowId: created.data.id }, { user: "dan@example.com" });
    expect(refused.status).toBe(403);
    expect(refused.error.message).toBe("Publishing needs the publisher or admin role; you are a designer");
    expect((await call("flows.publish", { flowId: created.data.id }, { user: "nobody" })).status).toBe(401);
  });
});
