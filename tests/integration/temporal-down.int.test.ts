import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { POST as postMessage } from "../../app/api/webhooks/tickets/[id]/messages/route";
import { getPrisma } from "../../server/db";
import { TEMPORAL_NAMESPACE } from "../../server/env";
import { closeTemporalClient, getTemporalClient } from "../../temporal/client";
import { findTemporalCli, type FoundCli } from "../../temporal/launcher/find-cli";
import { randomFreePort } from "../../temporal/launcher/ports";
import { startCliServer, type RunningCliServer } from "../../temporal/launcher/spawn-cli";
import { flow, n } from "../../workflows/compile/test-graphs";
import type { TFlowGraph } from "../../workflows/model/graph";
import { eventually, jsonRequest, publishLive, uniqueId } from "./helpers";

/**
 * Temporal stopped while tickets and replies arrive: every webhook is answered 2xx from the database alone, and
 * once Temporal is back the outbox starts each run exactly once and signals the replies after their run's start.
 * The file runs its own Temporal dev server (the shared one must stay up for the other files), restarted on the
 * same port and SQLite file, as a real restart is; the web app's own outbox, with its sweep, does the delivering.
 */
const prisma = getPrisma();
const TICKETS = 100;
const REPLIES = 5;

let cli: FoundCli;
let dir: string;
let port: number;
let server: RunningCliServer | null = null;
const previousAddress = process.env.TEMPORAL_ADDRESS;

async function startTemporal(): Promise<void> {
  server = await startCliServer({
    cli: cli.path,
    dbFile: path.join(dir, "temporal.sqlite"),
    logFile: path.join(dir, "dev-server.log"),
    port,
    namespace: TEMPORAL_NAMESPACE,
    readyTimeoutMs: 90_000,
  });
}

async function stopTemporal(): Promise<void> {
  await server?.stop();
  server = null;
}

beforeAll(async () => {
  const tried: string[] = [];
  const found = await findTemporalCli(tried);
  if (!found) throw new Error(`No Temporal CLI for this test's own dev server; tried:\n${tried.join("\n")}`);
  cli = found;
  dir = mkdtempSync(path.join(os.tmpdir(), "temporal-down-"));
  port = await randomFreePort();
  await startTemporal();
  await closeTemporalClient();
  process.env.TEMPORAL_ADDRESS = `127.0.0.1:${port}`;
  const graph = flow({ t: n.trigger(), w: n.waitFor("1h"), done: n.end(), late: n.end() }, ["t -> w", "w:replied -> done", "w:timeout -> late"]);
  await publishLive(prisma, uniqueId("Temporal down"), graph as unknown as TFlowGraph);
  // Messages other files left would be delivered to this file's Temporal.
  await prisma.outboxMessage.deleteMany();
});

afterAll(async () => {
  await closeTemporalClient();
  await stopTemporal();
  process.env.TEMPORAL_ADDRESS = previousAddress;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ticketOf = (externalId: string) => ({
  source: "helpdesk-outage",
  externalId,
  subject: "Cannot pay",
  body: "My card is refused at checkout",
  customer: { externalId: `c-${externalId}` },
});

describe("Temporal stopped while tickets arrive", () => {
  it("answers all 100 webhooks, then starts each run exactly once and signals the replies once Temporal is back", { timeout: 600_000 }, async () => {
    await stopTemporal();

    const externalIds = Array.from({ length: TICKETS }, (_, i) => uniqueId(`outage-${i}`));
    const answers: Response[] = [];
    for (let i = 0; i < TICKETS; i += 10) answers.push(...(await Promise.all(externalIds.slice(i, i + 10).map((id) => postTicket(jsonRequest("http://test/api/webhooks/tickets", ticketOf(id)))))));
    expect(answers.map((a) => a.status)).toEqual(Array(TICKETS).fill(201));
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as Array<{ ticket: { id: string }; run: { workflowId: string; status: string } }>;
    expect(bodies.every((b) => b.run.status === "starting")).toBe(true);
    const workflowIds = bodies.map((b) => b.run.workflowId);

    const replied = bodies.slice(0, REPLIES);
    for (const [i, { ticket }] of replied.entries()) {
      const reply = await postMessage(jsonRequest(`http://test/api/webhooks/tickets/${ticket.id}/messages`, { author: "customer", body: `Still refused (${i})`, externalId: `r-${i}` }), {
        params: Promise.resolve({ id: ticket.id }),
      });
      expect(reply.status).toBe(201);
      expect(await reply.json()).toMatchObject({ created: true, signal: "queued" });
    }

    // The helpdesk delivers one ticket again while its run waits: nothing new, its start asked for again.
    const again = await postTicket(jsonRequest("http://test/api/webhooks/tickets", ticketOf(externalIds[0]!)));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, ticket: { id: bodies[0]!.ticket.id }, notice: "Already received: the flow had not started yet, so it is being started again now" });

    // Nothing reached Temporal: every start and every reply is waiting in the outbox.
    const startKeys = workflowIds.map((id) => `start:${id}`);
    expect(await prisma.outboxMessage.count({ where: { key: { in: startKeys } } })).toBe(TICKETS);
    const signalKeys = (await prisma.outboxMessage.findMany({ where: { kind: "signal-run" }, select: { key: true } })).map((m) => m.key);
    expect(signalKeys).toHaveLength(REPLIES);
    expect(await prisma.ticket.count({ where: { source: "helpdesk-outage" } })).toBe(TICKETS);
    expect(await prisma.flowRun.count({ where: { workflowId: { in: workflowIds } } })).toBe(TICKETS);

    await startTemporal();
    await eventually("every start and reply to leave the outbox", async () => (await prisma.outboxMessage.count({ where: { key: { in: [...startKeys, ...signalKeys] } } })) === 0, 300_000);

    const client = await getTemporalClient();
    const executions = await eventually("Temporal to list every run", async () => {
      const counts = new Map<string, number>();
      for await (const execution of client.workflow.list({ query: "WorkflowType = 'ticketFlow'" })) counts.set(execution.workflowId, (counts.get(execution.workflowId) ?? 0) + 1);
      return workflowIds.every((id) => counts.has(id)) ? counts : null;
    });
    expect(workflowIds.map((id) => executions.get(id))).toEqual(Array(TICKETS).fill(1));
    expect((await prisma.flowRun.findMany({ where: { workflowId: { in: workflowIds } }, select: { status: true } })).every((r) => r.status !== "failed")).toBe(true);

    for (const [i, { run }] of replied.entries()) {
      const history = await client.workflow.getHandle(run.workflowId).fetchHistory();
      const events = history.events ?? [];
      const signals = events.flatMap((e) => (e.workflowExecutionSignaledEventAttributes ? [e.workflowExecutionSignaledEventAttributes] : []));
      expect(signals.map((s) => s.signalName)).toEqual(["customerReplied"]);
      const payload = JSON.parse(Buffer.from(signals[0]!.input!.payloads![0]!.data!).toString("utf8")) as { body: string };
      expect(payload.body).toBe(`Still refused (${i})`);
      expect(events.filter((e) => e.workflowExecutionStartedEventAttributes)).toHaveLength(1);
    }
  });
});
