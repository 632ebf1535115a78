import { beforeAll, describe, expect, it } from "vitest";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { getPrisma } from "../../db";
import { compile } from "../../../workflows/compile";
import { findExample } from "../../../workflows/examples";
import severalErrors from "../../../workflows/examples/broken/several-errors.json";
import { workspaceQueues } from "./compile-for-workspace";
import { createFlow } from "./create-flow";
import { diffFlowVersions, diffVersionAgainstDraft } from "./diff-flow-versions";
import { FlowCompileError, FlowNameTakenError, FlowStateError, InvalidDraftError, InvalidFlowDetailsError, UnknownTemplateError } from "./flow-errors";
import { auditRows, draftOf, editDraftNode, flowFromTemplate, uniqueName } from "./flow-test-kit";
import { getLiveFlowId, setLiveFlow } from "./live-flow";
import { publishDraft, publishFlowVersion } from "./publish-flow-version";
import { rollbackFlow } from "./rollback-flow";
import { saveDraft } from "./save-draft";
import { shadowPublish } from "./shadow-publish";

/** The versioning services against a real PostgreSQL (shared with other test files: unique names). */
const prisma = getPrisma();

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false }); // the queues the examples route to
});

describe("creating flows", () => {
  it("copies a template's graph and description into an unpublished draft under the chosen name and audits it", async () => {
    const example = findExample("intent-routing")!;
    const name = uniqueName("Routing");
    const flow = await createFlow(prisma, { name: `  ${name} `, template: "intent-routing", actor: "ada" });
    const row = await prisma.flow.findUniqueOrThrow({ where: { id: flow.id } });
    expect(row.name).toBe(name);
    expect(row.description).toBe(example.description);
    expect(row.draftGraph).toEqual(example.graph);
    expect(row.activeVersionId).toBeNull();
    expect(await auditRows(prisma, flow.id)).toEqual([{ actor: "ada", action: "flow.create", details: { name, template: "intent-routing" } }]);
  });

  it("refuses an empty name and a name another flow has (ignoring case), creating nothing", async () => {
    const name = uniqueName("Taken");
    await createFlow(prisma, { name, actor: "ada" });
    await expect(createFlow(prisma, { name: "   ", template: "intent-routing", actor: "ada" })).rejects.toThrow(new InvalidFlowDetailsError("name", "Give the flow a name."));
    const taken = await createFlow(prisma, { name: name.toUpperCase(), template: "intent-routing", actor: "ada" }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(FlowNameTakenError);
    expect((taken as FlowNameTakenError).kind).toBe("conflict");
    // The form shows it under the name box.
    expect((taken as FlowNameTakenError).field).toBe("name");
    expect(new InvalidFlowDetailsError("description", "Too long.").field).toBe("description");
    expect((taken as Error).message).toBe(`Another flow is already called "${name.toUpperCase()}". Pick a different name.`);
    expect(await prisma.flow.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("starts a blank flow with just a trigger", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("Blank"), actor: "ada" });
    const draft = await draftOf(prisma, flow.id);
    expect(draft.nodes.map((n) => n.type)).toEqual(["trigger"]);
    expect(draft.edges).toEqual([]);
  });

  it("refuses an unknown template, naming the ones that exist", async () => {
    await expect(createFlow(prisma, { name: uniqueName("Nope"), template: "nope", actor: "ada" })).rejects.toThrow(UnknownTemplateError);
    await expect(createFlow(prisma, { name: uniqueName("Nope"), template: "nope", actor: "ada" })).rejects.toThrow(/"intent-routing"/);
  });
});

describe("saving drafts", () => {
  it("saves a half-built draft, returns all its compile errors and bumps updatedAt", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("Half built"), actor: "ada" });
    const before = await prisma.flow.findUniqueOrThrow({ where: { id: flow.id }, select: { updatedAt: true } });
    // [trigger] ──▶ [r: route, no queue yet]     [x: a kind that does not exist]
    const graph = {
      nodes: [
        { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" }, selected: true },
        { id: "r", type: "route", position: { x: 200, y: 0 }, data: {} },
        { id: "x", type: "mystery", position: { x: 400, y: 0 } },
      ],
      edges: [{ id: "e1", source: "trigger", target: "r", sourceHandle: "next" }],
    };
    const saved = await saveDraft(prisma, { flowId: flow.id, graph });
    expect(saved.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(saved.errors.map((e) => [e.nodeId, e.code])).toEqual(
      expect.arrayContaining([
        ["r", "invalid-config"],
        ["x", "unknown-node-type"],
      ]),
    );
    const draft = await draftOf(prisma, flow.id);
    expect(draft.nodes).toHaveLength(3);
    expect(draft.nodes[0]).not.toHaveProperty("selected"); // React Flow UI state is not stored
  });

  it("keeps rules that are still being written, and reports each as a problem on its node", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("Incomplete rule"), actor: "ada" });
    // A number rule without its number yet, a word list still empty, a nested group with no rules.
    const rules = {
      kind: "group",
      match: "all",
      rules: [
        { kind: "rule", field: "priority.score", op: "gt" },
        { kind: "rule", field: "ticket.text", op: "contains_any", values: [] },
        { kind: "group", match: "any", rules: [] },
      ],
    };
    const graph = {
      nodes: [
        { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
        { id: "check", type: "condition", position: { x: 300, y: 0 }, data: { label: "", rules } },
      ],
      edges: [{ id: "e1", source: "trigger", target: "check" }],
    };
    const saved = await saveDraft(prisma, { flowId: flow.id, graph });
    expect(saved.errors.filter((e) => e.code === "invalid-config").map((e) => [e.nodeId, e.field])).toEqual([
      ["check", "rules.rules.0.value"],
      ["check", "rules.rules.1.values"],
    ]);
    expect((await draftOf(prisma, flow.id)).nodes[1]!.data).toEqual({ label: "", rules });
  });

  it("refuses something that is not a graph at all, naming the field", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("Not a graph"), actor: "ada" });
    const attempt = saveDraft(prisma, { flowId: flow.id, graph: { nodes: [{ type: "route" }], edges: [] } });
    await expect(attempt).rejects.toThrow(InvalidDraftError);
    await expect(saveDraft(prisma, { flowId: flow.id, graph: { nodes: [{ type: "route" }], edges: [] } })).rejects.toThrow(/nodes\.0\.id/);
  });
});

describe("publishing", () => {
  it("refuses a graph that does not compile, listing every error, and creates no version", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("Broken"), actor: "ada" });
    await saveDraft(prisma, { flowId: flow.id, graph: severalErrors });
    const expected = compile(severalErrors, { knownQueues: await workspaceQueues(prisma) });
    expect(expected.ok).toBe(false);
    const error = await publishDraft(prisma, { flowId: flow.id, actor: "ada" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowCompileError);
    const errors = (error as FlowCompileError).errors;
    expect(errors).toHaveLength(7);
    expect(errors).toEqual(expected.ok ? [] : expected.errors);
    expect((error as Error).message).toMatch(/route-vip.*vip-lounge/);
    expect(await prisma.flowVersion.count({ where: { flowId: flow.id } })).toBe(0);
  });

  it("numbers versions, retires the previous one, refuses an identical republish and audits each publish", async () => {
    const flow = await flowFromTemplate(prisma, "sla-escalation");
    const v1 = await publishDraft(prisma, { flowId: flow.id, actor: "ada", message: "First" });
    expect(v1).toMatchObject({ number: 1, status: "published", replacedVersionId: null });

    await expect(publishDraft(prisma, { flowId: flow.id, actor: "ada" })).rejects.toThrow(FlowStateError);
    await expect(publishDraft(prisma, { flowId: flow.id, actor: "ada" })).rejects.toThrow(/Nothing to publish: v1 .* already active/);

    await editDraftNode(prisma, flow.id, "sla", { within: "2h" });
    const v2 = await publishDraft(prisma, { flowId: flow.id, actor: "grace", message: "Two hours" });
    expect(v2).toMatchObject({ number: 2, replacedVersionId: v1.id });

    const rows = await prisma.flowVersion.findMany({ where: { flowId: flow.id }, orderBy: { number: "asc" } });
    expect(rows.map((r) => [r.number, r.status, r.author, r.message])).toEqual([
      [1, "retired", "ada", "First"],
      [2, "published", "grace", "Two hours"],
    ]);
    expect((await prisma.flow.findUniqueOrThrow({ where: { id: flow.id } })).activeVersionId).toBe(v2.id);
    const audit = (await auditRows(prisma, flow.id)).filter((a) => a.action === "flow.publish");
    expect(audit.map((a) => [a.actor, (a.details as { version: number }).version])).toEqual([
      ["ada", 1],
      ["grace", 2],
    ]);
  });
});

describe("publishing safely", () => {
  it("refuses a draft that changed since the caller saw it (draftHash)", async () => {
    const flow = await flowFromTemplate(prisma, "sla-escalation");
    const seen = await saveDraft(prisma, { flowId: flow.id, graph: await draftOf(prisma, flow.id) });
    await editDraftNode(prisma, flow.id, "sla", { within: "3h" }); // e.g. another tab saved meanwhile
    await expect(publishDraft(prisma, { flowId: flow.id, actor: "ada", draftHash: seen.contentHash })).rejects.toThrow(/draft changed since/);
    const current = await saveDraft(prisma, { flowId: flow.id, graph: await draftOf(prisma, flow.id) });
    expect((await publishDraft(prisma, { flowId: flow.id, actor: "ada", draftHash: current.contentHash })).number).toBe(1);
  });

  it("numbers concurrent publishes of one flow one after the other", async () => {
    const flow = await flowFromTemplate(prisma, "sla-escalation");
    const graph = await draftOf(prisma, flow.id);
    const variant = (within: string) => ({ ...graph, nodes: graph.nodes.map((n) => (n.id === "sla" ? { ...n, data: { ...n.data, within } } : n)) });
    const results = await Promise.all(["2h", "3h", "4h"].map((within) => publishFlowVersion(prisma, { flowId: flow.id, graph: variant(within), author: "ada" })));
    expect(results.map((r) => r.number).sort()).toEqual([1, 2, 3]);
    const active = await prisma.flow.findUniqueOrThrow({ where: { id: flow.id }, select: { activeVersion: { select: { number: true } } } });
    expect(active.activeVersion?.number).toBe(3);
    expect(await prisma.flowVersion.count({ where: { flowId: flow.id, status: "published" } })).toBe(1);
  });
});

describe("rollback", () => {
  it("re-publishes an earlier graph as a new version, leaves the old rows and the draft alone", async () => {
    const flow = await flowFromTemplate(prisma, "sla-escalation");
    const v1 = await publishDraft(prisma, { flowId: flow.id, actor: "ada", message: "One hour SLA" });
    await editDraftNode(prisma, flow.id, "sla", { within: "4h" });
    await publishDraft(prisma, { flowId: flow.id, actor: "ada", message: "Four hours" });
    const v1Before = await prisma.flowVersion.findUniqueOrThrow({ where: { id: v1.id } });
    const draftBefore = await draftOf(prisma, flow.id);

    const v3 = await rollbackFlow(prisma, { flowId: flow.id, versionId: v1.id, actor: "grace", message: "Too many breaches" });
    expect(v3).toMatchObject({ number: 3, rolledBackTo: 1, contentHash: v1.contentHash });
    const row = await prisma.flowVersion.findUniqueOrThrow({ where: { id: v3.id } });
    expect(row).toMatchObject({ status: "published", author: "grace", message: "Rollback to v1: Too many breaches" });
    expect(row.graph).toEqual(v1Before.graph);

    const v1After = await prisma.flowVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(v1After).toEqual(v1Before); // v1 was already retired by v2; the rollback did not touch it
    expect(await draftOf(prisma, flow.id)).toEqual(draftBefore);
    expect((await prisma.flow.findUniqueOrThrow({ where: { id: flow.id } })).activeVersionId).toBe(v3.id);

    const audit = (await auditRows(prisma, flow.id)).at(-1);
    expect(audit).toMatchObject({ actor: "grace", action: "flow.rollback", details: { version: 3, rolledBackTo: 1 } });
    // v3 is v1's graph, so rolling back to v1 again would change nothing.
    await expect(rollbackFlow(prisma, { flowId: flow.id, versionId: v1.id, actor: "grace" })).rejects.toThrow(/Nothing to publish: v3/);
  });

  it("uses the old version's message when none is given, and refuses a version of another flow", async () => {
    const a = await flowFromTemplate(prisma, "intent-routing");
    const b = await flowFromTemplate(prisma, "intent-routing");
    const a1 = await publishDraft(prisma, { flowId: a.id, actor: "ada", message: "Initial routing" });
    await editDraftNode(prisma, a.id, "classify", { minConfidence: 0.8 });
    await publishDraft(prisma, { flowId: a.id, actor: "ada" });
    expect((await rollbackFlow(prisma, { flowId: a.id, versionId: a1.id, actor: "ada" })).number).toBe(3);
    expect((await prisma.flowVersion.findFirstOrThrow({ where: { flowId: a.id, number: 3 } })).message).toBe("Rollback to v1: Initial routing");
    await expect(rollbackFlow(prisma, { flowId: b.id, versionId: a1.id, actor: "ada" })).rejects.toThrow(/has no version with id/);
  });
});

describe("shadow publishing", () => {
  it("needs an active version, creates a shadow version beside it, retires the previous shadow and audits", async () => {
    const flow = await flowFromTemplate(prisma, "tier1-password-reset");
    await expect(shadowPublish(prisma, { flowId: flow.id, actor: "ada" })).rejects.toThrow(/no active version yet/);
    const v1 = await publishDraft(prisma, { flowId: flow.id, actor: "ada" });
    await expect(shadowPublish(prisma, { flowId: flow.id, actor: "ada" })).rejects.toThrow(/exactly the active version v1/);

    await editDraftNode(prisma, flow.id, "ai-reply", { threshold: 0.9 });
    const s2 = await shadowPublish(prisma, { flowId: flow.id, actor: "ada", message: "Stricter threshold" });
    expect(s2).toMatchObject({ number: 2, status: "shadow", replacedVersionId: null });
    let row = await prisma.flow.findUniqueOrThrow({ where: { id: flow.id } });
    expect(row).toMatchObject({ activeVersionId: v1.id, shadowVersionId: s2.id });

    await editDraftNode(prisma, flow.id, "ai-reply", { threshold: 0.95 });
    const s3 = await shadowPublish(prisma, { flowId: flow.id, actor: "ada" });
    row = await prisma.flow.findUniqueOrThrow({ where: { id: flow.id } });
    expect(row).toMatchObject({ activeVersionId: v1.id, shadowVersionId: s3.id });
    const statuses = await prisma.flowVersion.findMany({ where: { flowId: flow.id }, orderBy: { number: "asc" }, select: { number: true, status: true } });
    expect(statuses).toEqual([
      { number: 1, status: "published" },
      { number: 2, status: "retired" },
      { number: 3, status: "shadow" },
    ]);
    expect((await auditRows(prisma, flow.id)).filter((a) => a.action === "flow.shadow-publish")).toHaveLength(2);
  });
});

describe("the live flow", () => {
  it("refuses a flow with nothing published, switches to a published one and audits the change", async () => {
    const previous = await getLiveFlowId(prisma);
    const flow = await flowFromTemplate(prisma, "escalation-triggers");
    await expect(setLiveFlow(prisma, flow.id, "ada")).rejects.toThrow(/no published version/);
    await publishDraft(prisma, { flowId: flow.id, actor: "ada" });
    try {
      expect(await setLiveFlow(prisma, flow.id, "ada")).toEqual({ previousFlowId: previous });
      expect(await getLiveFlowId(prisma)).toBe(flow.id);
      expect((await auditRows(prisma, flow.id)).at(-1)).toMatchObject({ actor: "ada", action: "settings.live-flow", details: { previousFlowId: previous } });
    } finally {
      if (previous !== null) await setLiveFlow(prisma, previous, "test");
    }
  });
});

describe("diffing versions", () => {
  it("lists the changed fields between two versions, and the draft's unpublished edits", async () => {
    const flow = await flowFromTemplate(prisma, "sla-escalation");
    const v1 = await publishDraft(prisma, { flowId: flow.id, actor: "ada" });
    await editDraftNode(prisma, flow.id, "sla", { within: "30m" });
    const v2 = await publishDraft(prisma, { flowId: flow.id, actor: "ada" });

    const { from, to, diff } = await diffFlowVersions(prisma, { fromVersionId: v1.id, toVersionId: v2.id });
    expect(from).toMatchObject({ kind: "version", number: 1 });
    expect(to).toMatchObject({ kind: "version", number: 2 });
    expect(diff.nodes.changed).toEqual([{ id: "sla", type: "sla-timer", changes: [{ path: "data.within", kind: "changed", before: "1h", after: "30m" }] }]);
    expect(diff.nodes.added).toEqual([]);

    const draft = await draftOf(prisma, flow.id);
    draft.nodes = draft.nodes.filter((n) => n.id !== "notify");
    draft.edges = draft.edges.filter((e) => e.source !== "notify" && e.target !== "notify");
    await saveDraft(prisma, { flowId: flow.id, graph: draft });
    const unpublished = await diffVersionAgainstDraft(prisma, { versionId: v2.id });
    expect(unpublished.to).toEqual({ kind: "draft", flowId: flow.id });
    expect(unpublished.diff.nodes.removed).toEqual(["notify"]);
    expect(unpublished.diff.edges.removed.length).toBeGreaterThan(0);
  });
});
