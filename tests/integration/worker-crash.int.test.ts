import { afterEach, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { getTemporalClient } from "../../temporal/client";
import { workerProcesses } from "./worker-process";
import { eventually, exampleGraph, jsonRequest, publishLive, uniqueId } from "./helpers";
import { localActivities } from "./history";

/**
 * Durability: the worker process is SIGKILLed while a run waits on its SLA timer, then a new worker
 * starts. The run must finish exactly once, every effect exactly once, and the trace without gaps or
 * repeats.
 */
const prisma = getPrisma();
const workers = workerProcesses();

afterEach(() => workers.killAll());

describe("worker crash", () => {
  it("a run survives its worker being killed mid-flow and completes exactly once, with no duplicated effects", async () => {
    await seedWorkspace(prisma, { demoHistory: false });
    await publishLive(prisma, uniqueId("SLA crash"), exampleGraph("sla-escalation", { sla: { within: "8s" } }));
    const first = await workers.start();

    const response = await postTicket(
      jsonRequest("http://test/api/webhooks/tickets", {
        source: "zendesk",
        externalId: uniqueId("crash"),
        subject: "Card stolen",
        body: "My card was stolen, this is urgent, please block it",
        customer: { externalId: uniqueId("c"), name: "Alan", enterprise: true },
      }),
    );
    const { ticket, run } = (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };

    // Mid-flow: classified, scored and routed, now resting on the SLA timer.
    await eventually("the run to reach the SLA timer", () => prisma.runEvent.findFirst({ where: { run: { workflowId: run.workflowId }, nodeId: "sla", decision: "waiting" } }));
    await workers.kill(first);
    expect(first.signalCode).toBe("SIGKILL");
    const effectsAtCrash = await prisma.effect.count({ where: { ticketId: ticket.id } });

    await workers.start();
    const done = await eventually(
      "the run to complete on the new worker",
      () => prisma.flowRun.findFirst({ where: { workflowId: run.workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
      120_000,
    );

    expect(done.outcome).toMatchObject({ kind: "escalated", queue: "escalations" });
    // Trace: 1..N with no gap and no repeat, and each decision once.
    expect(done.events.map((e) => e.seq)).toEqual(done.events.map((_, i) => i + 1));
    expect(done.events.filter((e) => e.decision === "breached")).toHaveLength(1);

    const effects = await prisma.effect.findMany({ where: { ticketId: ticket.id } });
    expect(effectsAtCrash).toBe(2); // priority update and the route to general, before the crash
    expect(effects.map((e) => e.kind).sort()).toEqual(["escalate", "notify", "route", "route", "update"]);
    expect(new Set(effects.map((e) => e.idempotencyKey)).size).toBe(effects.length);
    const notes = await prisma.message.count({ where: { ticketId: ticket.id, internal: true } });
    expect(notes).toBe(1);

    // The trace row says "completed" before the workflow itself returns: wait for its result first.
    const client = await getTemporalClient();
    const result = (await client.workflow.getHandle(run.workflowId).result()) as { outcome: { kind: string } };
    expect(result.outcome.kind).toBe("escalated");
    const description = await client.workflow.getHandle(run.workflowId).describe();
    expect(description.status.name).toBe("COMPLETED");
    const history = await client.workflow.getHandle(run.workflowId).fetchHistory();
    const completions = (history.events ?? []).filter((e) => e.workflowExecutionCompletedEventAttributes);
    expect(completions).toHaveLength(1);
  });
});

describe("worker crash in the middle of a step batch", () => {
  it("the batch's effects and trace land once: the killed attempt rolls back and the new worker's attempt commits", async () => {
    await seedWorkspace(prisma, { demoHistory: false });
    const queue = await prisma.queue.create({ data: { name: uniqueId("held-queue") } });
    // trigger -> tag -> route -> end: the tag and the route are one batch, with the trace lines of all four.
    const graph = {
      nodes: [
        { id: "t", type: "trigger" as const, position: { x: 0, y: 0 }, data: { on: "ticket.created" as const } },
        { id: "g", type: "tag" as const, position: { x: 200, y: 0 }, data: { add: ["batched"], remove: [] } },
        { id: "r", type: "route" as const, position: { x: 400, y: 0 }, data: { queue: queue.name, strategy: "round-robin" as const, skills: [] } },
        { id: "e", type: "end" as const, position: { x: 600, y: 0 }, data: { outcome: "routed" } },
      ],
      edges: [
        { id: "t->g", source: "t", target: "g", sourceHandle: "next" },
        { id: "g->r", source: "g", target: "r", sourceHandle: "next" },
        { id: "r->e", source: "r", target: "e", sourceHandle: "next" },
      ],
    };
    await publishLive(prisma, uniqueId("Held batch"), graph);

    // Hold the queue's routing lock, so the batch stops inside its transaction, after the tag, at the route.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const holding = prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`route:${queue.id}`}))`;
        await released;
      },
      { timeout: 180_000 },
    );
    const first = await workers.start();
    try {
      const response = await postTicket(
        jsonRequest("http://test/api/webhooks/tickets", {
          source: "zendesk",
          externalId: uniqueId("held"),
          subject: "Where is my transfer?",
          body: "I sent money yesterday and it has not arrived",
          customer: { externalId: uniqueId("c"), name: "Grace" },
        }),
      );
      const { ticket, run } = (await response.json()) as { ticket: { id: string }; run: { workflowId: string } };
      await eventually("the batch to wait on the routing lock", async () => {
        const waiting = await prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
        return Number(waiting[0]!.n) > 0;
      });
      await workers.kill(first);
      release();
      await holding;
      // Nothing of the killed attempt was kept.
      expect(await prisma.effect.count({ where: { ticketId: ticket.id } })).toBe(0);
      expect(await prisma.runEvent.count({ where: { run: { workflowId: run.workflowId } } })).toBe(0);

      await workers.start();
      const done = await eventually(
        "the run to complete on the new worker",
        () => prisma.flowRun.findFirst({ where: { workflowId: run.workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
        120_000,
      );
      expect(done.events.map((e) => `${e.seq} ${e.nodeId} ${e.decision}`)).toEqual(["1 t start", "2 g tag", `3 r ${queue.name}`, `4 r ${queue.name}`, "5 e end"]);
      const effects = await prisma.effect.findMany({ where: { ticketId: ticket.id } });
      expect(effects.map((e) => e.kind).sort()).toEqual(["route", "update"]);
      expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).tags).toEqual(["batched"]);
      expect(done.decidedAt).not.toBeNull();

      // The trace row says "completed" before Temporal records the workflow task that wrote it: wait for the result.
      const handle = (await getTemporalClient()).workflow.getHandle(run.workflowId);
      await handle.result();
      const history = await handle.fetchHistory();
      // The killed attempt left no marker: the one batch Temporal recorded is the new worker's.
      expect(localActivities(history).map((a) => `${a.type} ${a.failed ? "failed" : "ok"}`)).toEqual(["applyStepBatch ok"]);
    } finally {
      release();
      await holding.catch(() => undefined);
    }
  });
});
