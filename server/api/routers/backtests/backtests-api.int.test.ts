import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@prisma/client";
import { createCaller } from "@/server/api/root";
import { getPrisma } from "@/server/db";
import { ensureQueues, flowWithTwoVersions, importScoped, scopedFacts, scopedTicket } from "@/server/services/backtests/backtest-test-kit";
import { contextAs, trpcCodeOf } from "../../../../tests/auth";
import { uniqueId } from "../../../../tests/integration/helpers";

/*
 * backtests.* through the router, as the pages call them, on the services' two-version routing fixture:
 *
 * v1:  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end          (exactly how the history was routed)
 *                             └false─▶ to-general ─▶ end
 * v2:  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end                 (every third ticket is on chat)
 *                       └false─▶ is-enterprise ─▶ … as v1
 *
 * v2 against v1 over 12 tickets changes the 4 chat tickets, parting at "is-chat".
 */
const prisma = getPrisma();
const source = uniqueId("backtest-api");
const as = (role: Parameters<typeof contextAs>[0]) => createCaller(contextAs(role));
let flow: { flowId: string; a: string; b: string };

async function finished(id: string) {
  for (let i = 0; i < 600; i++) {
    const run = await as("manager").backtests.get({ id });
    if (run.status === "completed" || run.status === "failed") return run;
    await sleep(50);
  }
  throw new Error(`backtest ${id} did not finish`);
}

describe("backtests procedures", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, scopedFacts(12).map(scopedTicket));
    flow = await flowWithTwoVersions(prisma, uniqueId("Backtest API"));
  }, 60_000);

  it("picks where a run goes by its size, whatever runner the caller asks for", async () => {
    const input = {
      flowId: flow.flowId,
      candidate: { kind: "version" as const, versionId: flow.b },
      baseline: { kind: "version" as const, versionId: flow.a },
      selection: { sources: [source], seed: 1 },
      runner: "in-process",
    };
    expect(await trpcCodeOf(as("agent").backtests.start(input))).toBe("FORBIDDEN");
    const threshold = process.env.BACKTEST_TEMPORAL_THRESHOLD;
    process.env.BACKTEST_TEMPORAL_THRESHOLD = "5";
    try {
      // 12 tickets are "large" with this threshold: the run is the Temporal workers', not the web server's.
      const { id } = await as("designer").backtests.start(input);
      expect(await prisma.backtestRun.findUniqueOrThrow({ where: { id }, select: { mode: true } })).toEqual({ mode: "temporal" });
      await as("designer").backtests.cancel({ id });
    } finally {
      if (threshold === undefined) delete process.env.BACKTEST_TEMPORAL_THRESHOLD;
      else process.env.BACKTEST_TEMPORAL_THRESHOLD = threshold;
    }
  });

  it("let designers start a run and managers read it: metrics, changed tickets, traces, rules", async () => {
    const input = {
      flowId: flow.flowId,
      candidate: { kind: "version" as const, versionId: flow.b },
      baseline: { kind: "version" as const, versionId: flow.a },
      selection: { sources: [source], seed: 1 },
    };
    expect(await trpcCodeOf(as("manager").backtests.start(input))).toBe("FORBIDDEN");
    const { id } = await as("designer").backtests.start(input);

    const run = await finished(id);
    expect(run).toMatchObject({ status: "completed", candidateLabel: "v2", baselineLabel: "v1", error: null, progress: { processed: 12, total: 12 } });
    expect(run.result!.changedCount).toBe(4);
    expect(run.result!.deltas.find((d) => d.key === "tickets")).toMatchObject({ candidate: 12, baseline: 12, delta: 0 });

    const listed = (await as("manager").backtests.list({ flowId: flow.flowId })).find((r) => r.id === id);
    expect(listed).toMatchObject({ status: "completed", changedCount: 4, flowName: expect.stringContaining("Backtest API") });
    // The headline figures are the page's own deltas: routing chats to technical moves routing accuracy, not automation.
    expect(listed!.headline.map((h) => h.label)).toEqual(["Automation", "Routing accuracy", "Escalations", "SLA breaches"]);
    expect(listed!.headline.find((h) => h.key === "automationRate")!.delta).toBe(0);
    expect(listed!.headline.find((h) => h.key === "routingAccuracy")!.delta).toBe(run.result!.deltas.find((d) => d.key === "routingAccuracy")!.delta);
    expect(run.flowName).toContain("Backtest API");

    const changed = await as("manager").backtests.changed({ id });
    expect(changed).toHaveLength(4);
    expect(changed.every((c) => c.divergenceNodeId === "is-chat" && c.candidate.queue === "technical")).toBe(true);

    const detail = await as("manager").backtests.ticket({ id, ticketId: changed[0]!.ticketId });
    expect(detail.divergence.nodeId).toBe("is-chat");
    expect(detail.baselineTrace.length).toBeGreaterThan(0);
    expect(detail.candidateTrace.some((e) => e.nodeId === "is-chat")).toBe(true);

    const rules = await as("manager").backtests.rules({ id });
    const chatTrue = rules.find((r) => r.nodeId === "is-chat" && r.decision === "true");
    expect(chatTrue?.count).toBe(4);
    expect(chatTrue?.nodeLabel).toBe("Chat?");
    const matched = await as("manager").backtests.ruleTickets({ id, nodeId: "is-chat", decision: "true" });
    expect(matched.count).toBe(4);
    expect(matched.tickets.map((t) => t.ticketId).sort()).toEqual(changed.map((c) => c.ticketId).sort());

    // A run stored without its plans still names its nodes, from the graphs it copied.
    await prisma.backtestRun.update({ where: { id }, data: { candidatePlan: Prisma.DbNull, baselinePlan: Prisma.DbNull } });
    expect((await as("manager").backtests.rules({ id })).find((r) => r.nodeId === "is-chat")?.nodeLabel).toBe("Chat?");
    // A result this code cannot read leaves that run without headline figures; the list still answers.
    await prisma.backtestRun.update({ where: { id }, data: { result: { candidate: "unreadable" } } });
    const relisted = (await as("manager").backtests.list({ flowId: flow.flowId })).find((r) => r.id === id);
    expect(relisted).toMatchObject({ status: "completed", headline: [] });
  }, 60_000);

  it("answers NOT_FOUND for an unknown run or an unchanged ticket, and refuses agents", async () => {
    expect(await trpcCodeOf(as("manager").backtests.get({ id: "no-such-run" }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(as("manager").backtests.ticket({ id: "no-such-run", ticketId: "x" }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(as("agent").backtests.list({}))).toBe("FORBIDDEN");
  });

  it("offer the history's queues for the start dialog and count a selection as it is edited", async () => {
    const options = await as("manager").backtests.selectionOptions();
    const counts = options.queues.map((q) => q.tickets);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Other tests share the database: at least this fixture's tickets are counted in their recorded queues.
    const inQueue = (name: string) => options.queues.find((q) => q.name === name)?.tickets ?? 0;
    const facts = scopedFacts(12);
    expect(inQueue("enterprise")).toBeGreaterThanOrEqual(facts.filter((f) => f.queue === "enterprise").length);
    expect(inQueue("general")).toBeGreaterThanOrEqual(facts.filter((f) => f.queue === "general").length);

    const count = (selection: Record<string, unknown>) => as("manager").backtests.countSelection({ sources: [source], seed: 1, ...selection });
    expect(await count({})).toEqual({ matching: 12, replayed: 12 });
    expect(await count({ queues: ["enterprise"], sampleSize: 2 })).toEqual({ matching: facts.filter((f) => f.queue === "enterprise").length, replayed: 2 });
    expect(await trpcCodeOf(as("agent").backtests.countSelection({ seed: 1 }))).toBe("FORBIDDEN");
  });

  it("names the version that does not exist when starting", async () => {
    await expect(
      as("designer").backtests.start({ flowId: flow.flowId, candidate: { kind: "version", versionId: "nope" }, baseline: { kind: "history" }, selection: { sources: [source], seed: 1 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("nope") });
  });
});
