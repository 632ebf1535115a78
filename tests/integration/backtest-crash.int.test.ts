import type { Prisma } from "@prisma/client";
import { afterEach, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { ZImportTicketSchema, type ImportItem, type TImportTicketInput } from "../../lib/history-import/import-record";
import { importTickets } from "../../server/services/history-import/import-tickets";
import { publishFlowVersion } from "../../server/services/flows/publish-flow-version";
import { startBacktest, type TStartBacktest } from "../../server/services/backtests/start-backtest";
import { runBacktestChunk } from "../../server/services/backtests/run-backtest-chunk";
import { createAiProvider } from "../../server/services/ai/create-ai-provider";
import { queryBacktestProgress } from "../../temporal/backtest-starter";
import { getTemporalClient } from "../../temporal/client";
import { workerProcesses } from "./worker-process";
import { eventually, exampleGraph, uniqueId } from "./helpers";
import { backtestPorts } from "../backtest-ports";

/**
 * The chunked Temporal backtest survives its worker being SIGKILLed mid-run, keeps the chunks that had
 * completed, replays each chunk's result exactly once, and ends with the same result as the in-process run.
 *
 *   startBacktest(runner "temporal", 12 chunks of 25)
 *        │
 *   backtestWorkflow ── runBacktestChunk 0,1,2 ──► completed on worker A
 *        │          └─ runBacktestChunk 3,4,5,6 ─► held at their first write by a row lock the test takes
 *        │                                         (so "mid-run" is a fixed point, not a race), then
 *        │                                         worker A is SIGKILLed and the lock released
 *        │          └─ chunk 3 is then written by the service directly, as if worker A had committed it
 *        │             and died before telling Temporal
 *        │          └─ 3,4,5,6 time out on heartbeat, retried on worker B (3 is found done and skipped);
 *        │             7..11 run on worker B
 *        └─ finishBacktest ──► run.result  ==  the same backtest run in-process
 */
const prisma = getPrisma();
const workers = workerProcesses();

const TICKETS = 300;
const CHUNK_SIZE = 25;
const CHUNKS = TICKETS / CHUNK_SIZE;
/** Chunks let through before the lock; the workflow's four lanes then all wait on locked chunks. */
const LET_THROUGH = 3;

afterEach(() => workers.killAll());

/**
 * Row locks on the run's chunks from `fromIndex` on, held in an open transaction until released. A chunk
 * activity's first write to its own row then waits, so those chunks stay in flight on the worker.
 */
async function lockChunksFrom(runId: string, fromIndex: number): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let onLocked!: () => void;
  const locked = new Promise<void>((resolve) => (onLocked = resolve));
  const transaction = prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "BacktestChunk" WHERE "runId" = ${runId} AND "index" >= ${fromIndex} FOR UPDATE`;
      if (rows.length !== CHUNKS - fromIndex) throw new Error(`locked ${rows.length} chunks, expected ${CHUNKS - fromIndex}`);
      onLocked();
      await released;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  await Promise.race([locked, transaction]);
  return {
    async release() {
      release();
      await transaction;
    },
  };
}

/**
 * A scoped history: TICKETS tickets of one unique source, a mix of intents, moods, repeat contacts and
 * enterprise customers, each with an agent reply and most resolved, so both flows take several branches.
 */
const SCENARIOS = [
  { subject: "Card not here", body: "My new card still hasn't arrived, it has been two weeks", category: "card_arrival", queue: "cards" },
  { subject: "Refund", body: "I was charged twice for the same purchase and I want a refund", category: "request_refund", queue: "billing" },
  { subject: "Fed up", body: "This is ridiculous, I want to speak to a human right now", category: "complaint", queue: "general" },
  { subject: "Reset", body: "How do I reset my password? I forgot it", category: "passcode_forgotten", queue: "account-security" },
  { subject: "Transfer pending", body: "My transfer to my landlord is still pending since Monday", category: "pending_transfer", queue: "transfers" },
  { subject: "Cancel", body: "Please cancel my account, I am considering legal action", category: "terminate_account", queue: "general" },
  { subject: "App crash", body: "The app crashes every time I open the statements page", category: "app_issue", queue: "technical" },
  { subject: "Unknown charge", body: "There is a payment on my statement I do not recognise", category: "card_payment_not_recognised", queue: "disputes" },
];

function historyTickets(source: string): ImportItem[] {
  const base = Date.parse("2004-03-01T08:00:00Z");
  const minute = 60_000;
  return Array.from({ length: TICKETS }, (_, i) => {
    const s = SCENARIOS[i % SCENARIOS.length]!;
    const createdAt = base + i * 11 * minute;
    const firstResponseAt = createdAt + (5 + ((i * 7) % 90)) * minute;
    const resolved = i % 5 !== 0;
    const resolvedAt = firstResponseAt + (10 + ((i * 13) % 300)) * minute;
    const input: TImportTicketInput = {
      externalId: `t${i}`,
      subject: s.subject,
      body: s.body,
      createdAt: new Date(createdAt),
      firstResponseAt: new Date(firstResponseAt),
      resolvedAt: resolved ? new Date(resolvedAt) : null,
      status: resolved ? "solved" : "open",
      handleTimeSec: 120 + ((i * 17) % 900),
      category: s.category,
      queue: s.queue,
      escalated: i % 9 === 0,
      // Every customer writes several times within hours: the ">2 contacts in 24 h" trigger fires for some.
      customer: { externalId: `c${i % 60}`, name: `Customer ${i % 60}`, enterprise: i % 60 < 6 },
      messages: [
        { externalId: "m1", author: "customer", body: s.body, createdAt: new Date(createdAt) },
        { externalId: "m2", author: "agent", authorName: "Agent", body: "Thanks, we are on it.", createdAt: new Date(firstResponseAt) },
        ...(i % 3 === 0 ? [{ externalId: "m3", author: "customer" as const, body: "Any news? Still waiting.", createdAt: new Date(firstResponseAt + 30 * minute) }] : []),
      ],
    };
    return { ok: true, position: { record: i + 1 }, ticket: ZImportTicketSchema.parse(input) };
  });
}

async function scopedBacktest(): Promise<Omit<TStartBacktest, "runner">> {
  await seedWorkspace(prisma, { demoHistory: false });
  const source = uniqueId("backtest-crash");
  const imported = await importTickets(prisma, historyTickets(source), { source });
  expect(imported.imported).toBe(TICKETS);
  const baselineGraph = exampleGraph("intent-routing");
  const flow = await prisma.flow.create({ data: { name: uniqueId("Backtest crash"), draftGraph: baselineGraph as unknown as Prisma.InputJsonValue } });
  const baseline = await publishFlowVersion(prisma, { flowId: flow.id, graph: baselineGraph, author: "test" });
  const candidate = await publishFlowVersion(prisma, { flowId: flow.id, graph: exampleGraph("escalation-triggers"), author: "test" });
  return {
    flowId: flow.id,
    candidate: { kind: "version", versionId: candidate.id },
    baseline: { kind: "version", versionId: baseline.id },
    selection: { sources: [source], seed: 1 },
  };
}

async function changedRowsOf(runId: string) {
  const rows = await prisma.backtestChangedTicket.findMany({
    where: { runId },
    orderBy: { ticketId: "asc" },
    select: { ticketId: true, baseline: true, candidate: true, divergenceNodeId: true, explanation: true, baselineTrace: true, candidateTrace: true },
  });
  // Trace entries carry virtual times only (the replay's clock), so whole traces compare.
  return rows;
}

describe("chunked Temporal backtest", () => {
  it("survives its worker being killed mid-run, keeps completed chunks, counts each chunk once and equals the in-process result", async () => {
    const input = await scopedBacktest();

    // No worker polls yet: the workflow is started but nothing has run when the lock is taken.
    const started = await startBacktest(backtestPorts(prisma), { ...input, runner: "temporal" }, "test", { chunkSize: CHUNK_SIZE });
    expect(started).toMatchObject({ mode: "temporal", total: TICKETS });
    const run = await prisma.backtestRun.findUniqueOrThrow({ where: { id: started.id } });
    expect(run.workflowId).toBe(`backtest-${started.id}`);
    const workflowId = run.workflowId!;
    expect(await prisma.backtestChunk.count({ where: { runId: started.id } })).toBe(CHUNKS);

    const lock = await lockChunksFrom(started.id, LET_THROUGH);
    let released = false;
    try {
      const first = await workers.start();
      await eventually("the chunks before the lock to complete", async () => (await prisma.backtestChunk.count({ where: { runId: started.id, status: "completed" } })) === LET_THROUGH);

      // Mid-run, by query: the workflow has seen exactly the chunks that completed.
      const midRun = await eventually("the workflow to report the completed chunks", async () => {
        const progress = await queryBacktestProgress(workflowId);
        return progress !== null && progress.completedChunks === LET_THROUGH ? progress : null;
      });
      expect(midRun).toEqual({ completedChunks: LET_THROUGH, chunkCount: CHUNKS, processed: LET_THROUGH * CHUNK_SIZE });
      const midRunRow = await prisma.backtestRun.findUniqueOrThrow({ where: { id: started.id } });
      expect(midRunRow.status).toBe("running");
      expect(midRunRow.processed).toBe(LET_THROUGH * CHUNK_SIZE);

      await workers.kill(first);
      expect(first.signalCode).toBe("SIGKILL");
      const keptAtCrash = await prisma.backtestChunk.findMany({ where: { runId: started.id, status: "completed" }, orderBy: { index: "asc" } });
      expect(keptAtCrash.map((c) => c.index)).toEqual([0, 1, 2]);
      await lock.release();
      released = true;
      // Worker A "committed chunk 3 just before it died": the retry must find it done and count it once.
      const committed = await runBacktestChunk({ prisma, ai: createAiProvider(prisma) }, started.id, LET_THROUGH);
      expect(committed).toMatchObject({ processed: CHUNK_SIZE, skipped: false });
      const committedBeforeReport = await prisma.backtestChunk.findUniqueOrThrow({ where: { runId_index: { runId: started.id, index: LET_THROUGH } } });

      await workers.start();
      const client = await getTemporalClient();
      await client.workflow.getHandle(workflowId).result();

      const done = await prisma.backtestRun.findUniqueOrThrow({ where: { id: started.id } });
      expect(done.status).toBe("completed");
      expect(done.error).toBeNull();
      // Each chunk's tickets counted once, however often it was attempted.
      expect(done.processed).toBe(TICKETS);

      const chunks = await prisma.backtestChunk.findMany({ where: { runId: started.id }, orderBy: { index: "asc" } });
      expect(chunks.map((c) => c.status)).toEqual(Array(CHUNKS).fill("completed"));
      // The chunks that completed before the crash were kept, not replayed again.
      for (const kept of [...keptAtCrash, committedBeforeReport]) {
        const after = chunks[kept.index]!;
        expect(after.completedAt).toEqual(kept.completedAt);
        expect(after.attempts).toBe(kept.attempts);
        expect(after.result).toEqual(kept.result);
      }

      // Changed tickets: one row per ticket, as many as the chunks and the run counted.
      const changed = await changedRowsOf(started.id);
      const result = done.result as { changedCount: number; candidate: { tickets: number } };
      expect(changed.length).toBeGreaterThan(0);
      expect(new Set(changed.map((c) => c.ticketId)).size).toBe(changed.length);
      expect(result.changedCount).toBe(changed.length);
      expect(chunks.reduce((sum, c) => sum + (c.result as { changedCount: number }).changedCount, 0)).toBe(changed.length);
      expect(result.candidate.tickets).toBe(TICKETS);

      // Temporal's side: the locked chunks were retried after the crash, and the workflow completed once.
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const events = history.events ?? [];
      const retried = events.filter((e) => (e.activityTaskStartedEventAttributes?.attempt ?? 1) > 1);
      expect(retried.length).toBeGreaterThanOrEqual(1);
      expect(events.filter((e) => e.activityTaskCompletedEventAttributes)).toHaveLength(CHUNKS + 1); // every chunk, then finishBacktest
      expect(events.filter((e) => e.workflowExecutionCompletedEventAttributes)).toHaveLength(1);
      const final = await queryBacktestProgress(workflowId);
      expect(final).toEqual({ completedChunks: CHUNKS, chunkCount: CHUNKS, processed: TICKETS });

      // The same backtest in this process, in one chunk: the same result, the same changed tickets.
      const inProcess = await startBacktest(backtestPorts(prisma), { ...input, runner: "in-process" }, "test", { wait: true });
      expect(inProcess).toMatchObject({ mode: "in-process", total: TICKETS });
      const reference = await prisma.backtestRun.findUniqueOrThrow({ where: { id: inProcess.id } });
      expect(reference.status).toBe("completed");
      expect(await prisma.backtestChunk.count({ where: { runId: inProcess.id } })).toBe(1);
      expect(done.result).toEqual(reference.result);
      const referenceChanged = await changedRowsOf(inProcess.id);
      expect(changed).toEqual(referenceChanged);
    } finally {
      if (!released) await lock.release();
    }
  }, 300_000);
});
