import { afterEach, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { getTemporalClient } from "../../temporal/client";
import { workerProcesses } from "./worker-process";
import { eventually, exampleGraph, jsonRequest, publishLive, uniqueId } from "./helpers";

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
