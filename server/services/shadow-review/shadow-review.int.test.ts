import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../../app/api/webhooks/tickets/route";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { eventually, jsonRequest, publishLive, startInProcessWorker, uniqueId } from "../../../tests/integration/helpers";
import { flow, n } from "../../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { getPrisma } from "../../db";
import { shadowPublish } from "../flows/shadow-publish";
import { listShadowQueue } from "./list-shadow-queue";
import { reviewShadowDraft } from "./review-shadow-draft";
import { shadowRates } from "./shadow-rates";
import { setShadowTarget } from "./shadow-target";
import { switchToAutonomous } from "./switch-to-autonomous";

/**
 * The shadow review end to end on the real live path: a shadow-mode AI reply on Temporal keeps its draft's text in
 * ShadowDraft (and not in the trace), reviewers' verdicts add up to rates per category, and the switch writes the
 * flow's next draft with that category's intents autonomous.
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;
let versionId: string;
const word = uniqueId("quazzle").replace(/[^a-z]/g, "");

async function postPasswordTicket(externalId: string): Promise<{ ticket: { id: string }; run: { workflowId: string } }> {
  const response = await postTicket(
    jsonRequest("http://test/api/webhooks/tickets", {
      source: "zendesk",
      externalId,
      subject: `Reset my ${word} password`,
      body: `How do I reset my ${word} password? I forgot it`,
      channel: "email",
      customer: { externalId: `cust-${externalId}`, name: "Ada" },
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };
}

/*
 *  trigger ─▶ classify ─▶ ai-reply(shadow, 0.5) ─sent─▶ end
 *                                 └─handoff─▶ route(general)
 */
const shadowGraph = flow({ t: n.trigger(), k: n.classify(), ai: n.aiReply(0.5, "shadow"), fin: n.end(), human: n.route("general") }, [
  "t -> k",
  "k -> ai",
  "ai:sent -> fin",
  "ai:handoff -> human",
]) as unknown as TFlowGraph;

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await prisma.kbArticle.create({
    data: { title: `Resetting a ${word} password`, body: `# Resetting a ${word} password\n\nOpen ${word} settings, choose Reset password and follow the emailed link.` },
  });
  versionId = await publishLive(prisma, uniqueId("Shadow review"), shadowGraph);
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
});

describe("shadow review", () => {
  it("a live shadow-mode run stores its draft with the text, and the trace line keeps the numbers without the text", async () => {
    const { ticket, run } = await postPasswordTicket(uniqueId("shadow"));
    const draft = await eventually("the shadow draft", () => prisma.shadowDraft.findFirst({ where: { ticketId: ticket.id } }));
    expect(draft).toMatchObject({ workflowId: run.workflowId, versionId, nodeId: "ai", threshold: 0.5, verdict: null });
    expect(draft.text.length).toBeGreaterThan(0);
    expect(draft.category).toBe(draft.intent);
    const line = await prisma.runEvent.findFirstOrThrow({ where: { run: { workflowId: run.workflowId }, nodeId: "ai" } });
    expect(line.details).toMatchObject({ mode: "shadow", confidence: draft.confidence });
    expect(line.details).not.toHaveProperty("draft");

    const queue = await listShadowQueue(prisma, { limit: 200 });
    expect(queue.items.find((i) => i.id === draft.id)).toMatchObject({ customerMessage: `How do I reset my ${word} password? I forgot it`, text: draft.text });
  });

  it("verdicts add up to the category's rate, interval and threshold; the switch drafts the category's intents autonomous", async () => {
    const live = await prisma.shadowDraft.findFirstOrThrow({ where: { versionId } });
    const category = uniqueId("billing");
    const rows = [
      { intent: "refund_request", confidence: 0.95, verdict: "send" },
      { intent: "refund_request", confidence: 0.9, verdict: "send" },
      { intent: "invoice_copy", confidence: 0.85, verdict: "send" },
      { intent: "invoice_copy", confidence: 0.6, verdict: "edit" },
      { intent: "invoice_copy", confidence: 0.5, verdict: "wrong" },
      { intent: "invoice_copy", confidence: 0.4, verdict: null },
    ];
    const ids: string[] = [];
    for (const [i, r] of rows.entries()) {
      const made = await prisma.shadowDraft.create({
        data: { ...live, id: undefined, runId: `${live.runId}-${category}`, seq: 100 + i, intent: r.intent, category, confidence: r.confidence, citations: [], verdict: null, createdAt: undefined },
      });
      ids.push(made.id);
    }
    await expect(reviewShadowDraft(prisma, { id: ids[4]!, verdict: "wrong", reviewer: "r@example.com" })).rejects.toThrow("Say what is wrong");
    for (const [i, r] of rows.entries()) {
      if (r.verdict) await reviewShadowDraft(prisma, { id: ids[i]!, verdict: r.verdict as "send", reason: r.verdict === "wrong" ? "Wrong policy" : undefined, reviewer: "r@example.com" });
    }
    expect(await prisma.shadowDraft.findUniqueOrThrow({ where: { id: ids[4]! } })).toMatchObject({ verdict: "wrong", reason: "Wrong policy", reviewer: "r@example.com" });

    await setShadowTarget(prisma, { target: 0.9, actor: "r@example.com" });
    const rates = await shadowRates(prisma);
    const row = rates.byCategory.find((r) => r.key === category)!;
    // "would edit" is not correct: 3 of 5 reviewed; at 0.85 the three drafts let through were all sent.
    expect(row).toMatchObject({ drafts: 6, reviewed: 5, correct: 3, rate: 0.6, reachesTargetAt: { threshold: 0.85, rate: 1, reviewed: 3 } });
    expect(row.interval!.low).toBeCloseTo(0.2307, 3);
    expect(row.interval!.high).toBeCloseTo(0.8824, 3);
    expect(rates.byIntent.find((r) => r.key === "refund_request")).toMatchObject({ reviewed: 2, correct: 2, rate: 1 });

    // A lower target is reached lower down, and the change is in the audit log.
    await setShadowTarget(prisma, { target: 0.6, actor: "lead@example.com" });
    expect((await shadowRates(prisma)).byCategory.find((r) => r.key === category)!.reachesTargetAt).toEqual({ threshold: 0.5, rate: 0.6, reviewed: 5 });
    expect(await prisma.auditLog.findFirst({ where: { action: "settings.shadow-target", actor: "lead@example.com" } })).toMatchObject({ details: { previous: 0.9, target: 0.6 } });
    await setShadowTarget(prisma, { target: 0.9, actor: "lead@example.com" });

    // An unpublished edit in the flow's draft is never overwritten: the switch is refused and the draft stays.
    const before = await prisma.flow.findFirstOrThrow({ where: { activeVersionId: versionId } });
    const edited = structuredClone(before.draftGraph) as unknown as TFlowGraph;
    edited.nodes[0]!.position = { x: 999, y: 999 };
    await prisma.flow.update({ where: { id: before.id }, data: { draftGraph: edited as never } });
    await expect(switchToAutonomous(prisma, { scope: "category", value: category })).rejects.toThrow("has edits in its draft that are not published yet");
    expect((await prisma.flow.findUniqueOrThrow({ where: { id: before.id } })).draftGraph).toEqual(edited);
    await prisma.flow.update({ where: { id: before.id }, data: { draftGraph: before.draftGraph as never } });

    const switched = await switchToAutonomous(prisma, { scope: "category", value: category });
    expect(switched).toMatchObject({ intents: ["invoice_copy", "refund_request"], nodeIds: ["ai"], errors: [] });
    const flowRow = await prisma.flow.findUniqueOrThrow({ where: { id: switched.flowId } });
    const ai = (flowRow.draftGraph as unknown as TFlowGraph).nodes.find((node) => node.id === "ai")!;
    expect(ai.data).toMatchObject({ mode: "shadow", modesByIntent: { invoice_copy: "autonomous", refund_request: "autonomous" } });
    // Nothing is live until it is published: the active version is unchanged.
    expect(flowRow.activeVersionId).toBe(versionId);
  });

  it("a shadow-published autonomous version's run keeps what it would have sent, and sends nothing", async () => {
    const live = await prisma.flowVersion.findUniqueOrThrow({ where: { id: versionId }, select: { flowId: true } });
    const autonomous = structuredClone(shadowGraph);
    Object.assign(autonomous.nodes.find((node) => node.id === "ai")!.data, { mode: "autonomous", threshold: 0 });
    await prisma.flow.update({ where: { id: live.flowId }, data: { draftGraph: autonomous as never } });
    const shadowVersion = await shadowPublish(prisma, { flowId: live.flowId, actor: "test" });
    const { ticket } = await postPasswordTicket(uniqueId("shadow-run"));
    const draft = await eventually("the shadow run's draft", () => prisma.shadowDraft.findFirst({ where: { ticketId: ticket.id, versionId: shadowVersion.id } }));
    expect(draft.text.length).toBeGreaterThan(0);
    const run = await prisma.flowRun.findUniqueOrThrow({ where: { id: draft.runId }, include: { events: true } });
    expect(run.shadow).toBe(true);
    expect(run.events.find((e) => e.nodeId === "ai")).toMatchObject({ decision: "send" });
    const sent = await prisma.message.findMany({ where: { ticketId: ticket.id, author: { not: "customer" } } });
    expect(sent).toEqual([]);
  });
});
