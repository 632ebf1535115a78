import type { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { uniqueId } from "../../../tests/integration/helpers";
import { ensureQueues, flowWithTwoVersions, importScoped, routingGraphs, scopedFacts, scopedTicket } from "./backtest-test-kit";
import { changedTicketDetail, getBacktestView, listBacktests, listChangedTickets, ruleMatches } from "./backtest-view";
import { executeBacktestInProcess } from "./execute-in-process";
import { runBacktestChunk } from "./run-backtest-chunk";
import { startBacktest, type TStartBacktest } from "./start-backtest";
import { backtestPorts } from "../../../tests/backtest-ports";

/*
 * Version A (v1):  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end
 *                                         └false─▶ to-general ─▶ end
 * Version B (v2):  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end
 *                                  └false─▶ is-enterprise ─true─▶ to-enterprise ─▶ end
 *                                                        └false─▶ to-general ─▶ end
 * The history: 30 tickets, every third on chat (10), handled in "enterprise" for enterprise accounts, else
 * "general" — exactly as A routes. So B changes the 10 chat tickets, to "technical", and nothing else.
 */
const prisma = getPrisma();
const source = uniqueId("backtest-run");
const facts = scopedFacts(30);
const chat = facts.filter((f) => f.channel === "chat");
const ai = createAiProvider(prisma, "keyword");
let flow: { flowId: string; a: string; b: string };
let idOf: Map<string, string>;

const input = (candidate: TStartBacktest["candidate"], baseline: TStartBacktest["baseline"]): TStartBacktest => ({
  flowId: flow.flowId,
  candidate,
  baseline,
  selection: { sources: [source], seed: 1 },
  runner: "in-process",
});

describe("an in-process backtest of two versions", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, facts.map(scopedTicket));
    flow = await flowWithTwoVersions(prisma, uniqueId("Backtest routing"));
    const rows = await prisma.ticket.findMany({ where: { source }, select: { id: true, externalId: true } });
    idOf = new Map(rows.map((r) => [r.externalId, r.id]));
  }, 60_000);

  it("changes exactly the chat tickets, to technical, with both traces stored and the metrics of both sides", async () => {
    const started = await startBacktest(backtestPorts(prisma, ai), input({ kind: "version", versionId: flow.b }, { kind: "version", versionId: flow.a }), "ops@example.com", { wait: true, chunkSize: 7 });
    expect(started).toEqual({ id: expect.any(String), mode: "in-process", total: 30 });

    const chunks = await prisma.backtestChunk.findMany({ where: { runId: started.id }, orderBy: { index: "asc" } });
    expect(chunks.map((c) => [c.ticketIds.length, c.status, c.attempts])).toEqual([[7, "completed", 1], [7, "completed", 1], [7, "completed", 1], [7, "completed", 1], [2, "completed", 1]]);

    const view = (await getBacktestView(prisma, started.id))!;
    expect(view).toMatchObject({ status: "completed", mode: "in-process", candidateLabel: "v2", baselineLabel: "v1", baselineKind: "version", error: null, flowId: flow.flowId });
    expect(view.progress).toMatchObject({ processed: 30, total: 30, etaSeconds: 0 });
    expect(view.modelVersion).toMatch(/^keyword;/);
    const result = view.result!;
    expect(result.changedCount).toBe(10);
    expect(result.candidate.tickets).toBe(30);
    expect(result.candidate.outcomes.routed).toBe(30);
    expect(result.candidate.routing).toMatchObject({ compared: 30, correct: 20 });
    expect(result.baseline.routing).toMatchObject({ compared: 30, correct: 30 });
    const accuracy = result.deltas.find((d) => d.key === "routingAccuracy")!;
    expect(accuracy).toMatchObject({ candidate: 20 / 30, baseline: 1 });
    expect(accuracy.delta).toBeCloseTo(-10 / 30, 10);

    const changed = await listChangedTickets(prisma, started.id);
    expect(changed.map((c) => c.ticketId)).toEqual(chat.map((f) => idOf.get(f.externalId)));
    expect(changed.map((c) => [c.baseline.queue, c.candidate.queue])).toEqual(chat.map((f) => [f.queue, "technical"]));
    expect(new Set(changed.map((c) => c.divergenceNodeId)).size).toBe(1);
    // Named as the canvas names the node, for runs stored before divergences kept labels too.
    expect(changed.every((c) => c.divergenceNodeLabel === "Chat?")).toBe(true);

    const detail = (await changedTicketDetail(prisma, started.id, changed[0]!.ticketId))!;
    expect(detail.ticket).toMatchObject({ id: idOf.get("t0"), subject: "Card question 0", category: "card_arrival" });
    expect(detail.ticket.messages.map((m) => m.author)).toEqual(["customer", "agent", "customer"]);
    expect(detail.candidateTrace.map((e) => e.nodeId)).toContain("to-technical");
    expect(detail.baselineTrace.map((e) => e.nodeId)).toContain("to-enterprise");
    expect(detail.baselineTrace.map((e) => e.nodeId)).not.toContain("is-chat");
    expect(detail.divergence).toMatchObject({ nodeId: "is-chat", nodeLabel: "Chat?" });
    expect(detail.nodeLabels).toMatchObject({ "is-chat": "Chat?", "to-technical": "Technical team", "to-enterprise": "Enterprise team" });
    expect(await changedTicketDetail(prisma, started.id, idOf.get("t1")!)).toBeNull();

    const matched = await ruleMatches(prisma, started.id, "is-chat", "true");
    expect(matched).toMatchObject({ nodeLabel: "Chat?", count: 10 });
    expect(matched.tickets.map((t) => [t.ticketId, t.changed])).toEqual(chat.map((f) => [idOf.get(f.externalId), true]));
    const unmatched = await ruleMatches(prisma, started.id, "is-chat", "false");
    expect(unmatched.count).toBe(20);
    expect(unmatched.tickets.every((t) => !t.changed)).toBe(true);
    expect(await ruleMatches(prisma, started.id, "no-such-node", "true")).toEqual({ nodeLabel: "no-such-node", count: 0, tickets: [] });

    const listed = await listBacktests(prisma, { flowId: flow.flowId });
    expect(listed.find((r) => r.id === started.id)).toMatchObject({ status: "completed", total: 30, processed: 30, changedCount: 10, author: "ops@example.com" });

    // Re-running a completed chunk (a Temporal retry, a resumed run) changes nothing.
    expect(await runBacktestChunk({ prisma, ai }, started.id, 2)).toEqual({ processed: 0, changed: 0, skipped: true });
    expect(await prisma.backtestChangedTicket.count({ where: { runId: started.id } })).toBe(10);
    expect((await prisma.backtestRun.findUniqueOrThrow({ where: { id: started.id } })).processed).toBe(30);
  }, 120_000);

  it("tests the draft, and compares a version with the history as it happened", async () => {
    const draft = await startBacktest(backtestPorts(prisma, ai), input({ kind: "draft" }, { kind: "version", versionId: flow.a }), "ops", { wait: true });
    const draftView = (await getBacktestView(prisma, draft.id))!;
    expect(draftView).toMatchObject({ candidateLabel: "Draft", baselineLabel: "v1", result: { changedCount: 10 } });

    const sameAsHistory = await startBacktest(backtestPorts(prisma, ai), input({ kind: "version", versionId: flow.a }, { kind: "history" }), "ops", { wait: true });
    const historyView = (await getBacktestView(prisma, sameAsHistory.id))!;
    expect(historyView).toMatchObject({ baselineKind: "history", baselineLabel: "History as it happened", result: { changedCount: 0 } });
    expect(historyView.result!.baseline.routing).toMatchObject({ compared: 30, correct: 30 });

    const b = await startBacktest(backtestPorts(prisma, ai), input({ kind: "version", versionId: flow.b }, { kind: "history" }), "ops", { wait: true });
    expect((await getBacktestView(prisma, b.id))!.result!.changedCount).toBe(10);
  }, 120_000);

  it("refuses a version that does not compile, naming it", async () => {
    const broken = structuredClone(routingGraphs().a) as { nodes: Array<{ id: string; data: Record<string, unknown> }> };
    broken.nodes.find((n) => n.id === "to-general")!.data.queue = "no-such-queue";
    const version = await prisma.flowVersion.create({
      data: { flowId: flow.flowId, number: 99, graph: broken as unknown as Prisma.InputJsonValue, plan: {}, contentHash: uniqueId("hash"), status: "published", author: "test" },
    });
    const before = await prisma.backtestRun.count({ where: { flowId: flow.flowId } });
    await expect(startBacktest(backtestPorts(prisma, ai), input({ kind: "version", versionId: version.id }, { kind: "history" }), "ops", { wait: true })).rejects.toThrow(
      /^v99 does not compile: to-general.*no-such-queue/,
    );
    await expect(startBacktest(backtestPorts(prisma, ai), input({ kind: "version", versionId: "nope" }, { kind: "history" }), "ops")).rejects.toThrow(/no version with id "nope"/);
    expect(await prisma.backtestRun.count({ where: { flowId: flow.flowId } })).toBe(before);
    await prisma.flowVersion.delete({ where: { id: version.id } });
  });

  it("stores a failure on the run, keeping the chunks that completed", async () => {
    const { a } = routingGraphs();
    const run = await prisma.backtestRun.create({
      data: {
        flowId: flow.flowId, candidateGraph: a as Prisma.InputJsonValue, candidateLabel: "v1", baselineKind: "history", baselineLabel: "History as it happened",
        selection: { seed: 1 }, total: 2, author: "test",
        chunks: { create: [{ index: 0, ticketIds: [idOf.get("t0")!] }, { index: 1, ticketIds: ["deleted-ticket"] }] },
      },
    });
    await expect(executeBacktestInProcess({ prisma, ai }, run.id)).rejects.toThrow(/deleted-ticket/);
    const view = (await getBacktestView(prisma, run.id))!;
    expect(view.status).toBe("failed");
    expect(view.error).toMatch(/Ticket deleted-ticket was selected for the backtest but no longer exists/);
    expect(view.progress.processed).toBe(1);
    const chunks = await prisma.backtestChunk.findMany({ where: { runId: run.id }, orderBy: { index: "asc" }, select: { status: true } });
    expect(chunks.map((c) => c.status)).toEqual(["completed", "pending"]);
  });
});
