import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../../app/api/webhooks/tickets/route";
import { createCaller } from "../../api/root";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { contextAs } from "../../../tests/auth";
import { eventually, jsonRequest, publishLive, startInProcessWorker, uniqueId } from "../../../tests/integration/helpers";
import { flow, n } from "../../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { getPrisma } from "../../db";
import { recordTrace } from "../runs/record-trace";
import { handoffPackage } from "../tickets/handoff-package";
import { assistOutcomes } from "./assist-outcomes";

/**
 * Tier 2 assist on the real live path: an assist-mode AI reply on Temporal leaves its draft in AssistDraft (not in
 * the trace, not as a note in the conversation); the reply an agent sends from it is stored beside it with the edit
 * distance and an outcome; a discarded draft, or one the agent emptied before writing, is counted as discarded.
 */
const prisma = getPrisma();
const agent = () => createCaller(contextAs("agent", "agent@test.local"));
let worker: { stop(): Promise<void> } | undefined;
const word = uniqueId("brindle").replace(/[^a-z]/g, "");

/*
 *  trigger ─▶ classify ─▶ ai-reply(assist, 0.1) ─sent─▶ end
 *                                 └─handoff─▶ route(general)
 */
const assistGraph = flow({ t: n.trigger(), k: n.classify(), ai: n.aiReply(0.1, "assist"), fin: n.end(), human: n.route("general") }, [
  "t -> k",
  "k -> ai",
  "ai:sent -> fin",
  "ai:handoff -> human",
]) as unknown as TFlowGraph;

async function assistTicket(): Promise<{ ticketId: string; workflowId: string }> {
  const response = await postTicket(
    jsonRequest("http://test/api/webhooks/tickets", {
      source: "zendesk",
      externalId: uniqueId("assist"),
      subject: `Reset my ${word} password`,
      body: `How do I reset my ${word} password? I forgot it`,
      channel: "email",
      customer: { externalId: uniqueId("cust"), name: "Ada" },
    }),
  );
  expect(response.status).toBe(201);
  const { ticket, run } = (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };
  return { ticketId: ticket.id, workflowId: run.workflowId };
}

const draftOf = (ticketId: string) => eventually("the assist draft", () => prisma.assistDraft.findFirst({ where: { ticketId } }));

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await prisma.kbArticle.create({
    data: { title: `Resetting a ${word} password`, body: `# Resetting a ${word} password\n\nOpen ${word} settings, choose Reset password and follow the emailed link.` },
  });
  await publishLive(prisma, uniqueId("Assist drafts"), assistGraph);
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
});

describe("Tier 2 assist drafts", () => {
  it("a live assist-mode run keeps its draft once, out of the trace and out of the conversation, and the ticket view offers it", async () => {
    const { ticketId, workflowId } = await assistTicket();
    const draft = await draftOf(ticketId);
    expect(draft).toMatchObject({ workflowId, nodeId: "ai", threshold: 0.1, outcome: null, sentText: null });
    expect(draft.text).toContain("Reset password");
    expect(draft.citations).toEqual([expect.objectContaining({ title: `Resetting a ${word} password` })]);
    const line = await prisma.runEvent.findFirstOrThrow({ where: { run: { workflowId }, nodeId: "ai", decision: "draft" } });
    expect(line.details).toMatchObject({ mode: "assist", confidence: draft.confidence, intent: draft.intent });
    expect(line.details).not.toHaveProperty("draft");
    // The note still goes out as an effect (a connected helpdesk gets it), but the studio's conversation has no copy.
    await eventually("the run to finish", () => prisma.flowRun.findFirst({ where: { workflowId, status: "completed" } }));
    expect(await prisma.effect.count({ where: { ticketId, kind: "internal-note" } })).toBe(1);
    expect(await prisma.message.count({ where: { ticketId, author: "ai" } })).toBe(0);

    const pkg = await handoffPackage({ prisma, ai: contextAs("agent").ports.ai }, ticketId);
    expect(pkg.openDraft).toMatchObject({ id: draft.id, text: draft.text });
    expect(pkg.ai.find((a) => a.decision === "draft")?.assist).toMatchObject({ id: draft.id, outcome: null });
  });

  it("a batch that runs again writes the draft once", async () => {
    const { ticketId, workflowId } = await assistTicket();
    const first = await draftOf(ticketId);
    const line = await prisma.runEvent.findFirstOrThrow({ where: { run: { workflowId }, nodeId: "ai", decision: "draft" } });
    const again = { seq: line.seq, at: line.at.toISOString(), nodeId: "ai", nodeType: "ai-reply", decision: "draft", reason: line.reason };
    const details = { ...(line.details as Record<string, unknown>), draft: "A second text for the same line" };
    await recordTrace(prisma, { workflowId, entries: [{ ...again, details }], status: "completed", outcome: null });
    const drafts = await prisma.assistDraft.findMany({ where: { ticketId } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.text).toBe(first.text);
  });

  it("a reply sent from the draft is stored beside it with the edit distance and outcome, once however often it is sent", async () => {
    const { ticketId } = await assistTicket();
    const draft = await draftOf(ticketId);
    const body = `Hi Ada, ${draft.text}`;
    const send = { ticketId, kind: "reply" as const, body, requestId: randomUUID(), draft: { id: draft.id, cleared: false } };
    const sent = await agent().tickets.postMessage(send);
    expect(sent).toMatchObject({ created: true, draftOutcome: "edited" });
    expect(await agent().tickets.postMessage(send)).toMatchObject({ created: false, draftOutcome: null });
    const closed = await prisma.assistDraft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(closed).toMatchObject({ outcome: "edited", sentText: body, wordEdits: 2, messageId: sent.messageId, agent: "agent@test.local" });
    expect(closed.editRatio).toBeCloseTo(2 / body.split(/\s+/).length);
    expect(closed.closedAt).not.toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { subject: ticketId, action: "ticket.reply" } });
    expect(audit.details).toMatchObject({ draft: draft.id, draftOutcome: "edited" });
    // The ticket view no longer offers it, and shows what became of it.
    const pkg = await handoffPackage({ prisma, ai: contextAs("agent").ports.ai }, ticketId);
    expect(pkg.openDraft).toBeNull();
    expect(pkg.ai.find((a) => a.decision === "draft")?.assist).toMatchObject({ outcome: "edited", sentText: body });
  });

  it("a draft sent untouched is sent as drafted; one the agent emptied first, or discarded, is discarded; counts add up per intent", async () => {
    const before = await assistOutcomes(prisma);
    const asDrafted = await draftOf((await assistTicket()).ticketId);
    const emptied = await draftOf((await assistTicket()).ticketId);
    const dropped = await draftOf((await assistTicket()).ticketId);

    await agent().tickets.postMessage({ ticketId: asDrafted.ticketId, kind: "reply", body: asDrafted.text, requestId: randomUUID(), draft: { id: asDrafted.id, cleared: false } });
    const ownWords = "I have sent you a reset link myself.";
    await agent().tickets.postMessage({ ticketId: emptied.ticketId, kind: "reply", body: ownWords, requestId: randomUUID(), draft: { id: emptied.id, cleared: true } });
    expect(await agent().tickets.discardDraft({ draftId: dropped.id })).toEqual({ discarded: true });
    expect(await agent().tickets.discardDraft({ draftId: dropped.id })).toEqual({ discarded: false });
    // A reply sent later from the discarded draft leaves its outcome as it was.
    await agent().tickets.postMessage({ ticketId: dropped.ticketId, kind: "reply", body: dropped.text, requestId: randomUUID(), draft: { id: dropped.id, cleared: false } });

    const rows = await prisma.assistDraft.findMany({ where: { id: { in: [asDrafted.id, emptied.id, dropped.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(asDrafted.id)).toMatchObject({ outcome: "sent", wordEdits: 0, editRatio: 0 });
    expect(byId.get(emptied.id)).toMatchObject({ outcome: "discarded", sentText: ownWords });
    expect(byId.get(dropped.id)).toMatchObject({ outcome: "discarded", sentText: null, messageId: null });
    expect(await prisma.auditLog.count({ where: { subject: dropped.ticketId, action: "ticket.draft-discarded" } })).toBe(1);

    const after = await assistOutcomes(prisma);
    const row = (list: typeof after) => list.find((r) => r.intent === asDrafted.intent);
    const was = row(before)?.outcomes ?? { sent: 0, edited: 0, rewritten: 0, discarded: 0 };
    expect(row(after)!.outcomes).toMatchObject({ sent: was.sent + 1, discarded: was.discarded + 2 });
    expect(row(after)!.drafts).toBe((row(before)?.drafts ?? 0) + 3);
  });
});
