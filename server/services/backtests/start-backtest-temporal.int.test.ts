import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { startInProcessWorker, uniqueId } from "../../../tests/integration/helpers";
import { bAgainstA, ensureQueues, flowWithTwoVersions, importScoped, scopedFacts, scopedTicket } from "./backtest-test-kit";
import { getBacktestView, listChangedTickets } from "./backtest-view";
import { startBacktest, type TStartBacktest } from "./start-backtest";
import { backtestPorts } from "../../../tests/backtest-ports";

/*
 * startBacktest's Temporal runner: "auto" above BACKTEST_TEMPORAL_THRESHOLD starts the chunked workflow (run by a
 * worker in this process) and its result equals the in-process run's. Flows as in backtest-run.int.test.ts:
 *
 * A (v1):  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end      B (v2):  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end
 *                               └false─▶ to-general ─▶ end                                  └false─▶ (A's rules)
 */
const prisma = getPrisma();
const source = uniqueId("backtest-temporal");
let worker: { stop(): Promise<void> };
let flow: { flowId: string; a: string; b: string };

describe("startBacktest on Temporal", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, scopedFacts(30).map(scopedTicket));
    flow = await flowWithTwoVersions(prisma, uniqueId("Temporal backtest"));
    worker = await startInProcessWorker();
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
  });

  it("runs a selection above the threshold as chunked workflow, with the same result as in-process", async () => {
    const input = (runner: TStartBacktest["runner"]): TStartBacktest => bAgainstA(flow, source, runner);
    const threshold = process.env.BACKTEST_TEMPORAL_THRESHOLD;
    process.env.BACKTEST_TEMPORAL_THRESHOLD = "20";
    let chunked: { id: string; mode: string; total: number };
    try {
      chunked = await startBacktest(backtestPorts(prisma), input("auto"), "test", { wait: true, chunkSize: 8 });
    } finally {
      if (threshold === undefined) delete process.env.BACKTEST_TEMPORAL_THRESHOLD;
      else process.env.BACKTEST_TEMPORAL_THRESHOLD = threshold;
    }
    expect(chunked).toMatchObject({ mode: "temporal", total: 30 });
    const local = await startBacktest(backtestPorts(prisma, createAiProvider(prisma, "keyword")), input("in-process"), "test", { wait: true, chunkSize: 8 });

    const [t, l] = [(await getBacktestView(prisma, chunked.id))!, (await getBacktestView(prisma, local.id))!];
    expect(t).toMatchObject({ status: "completed", mode: "temporal", progress: { processed: 30, total: 30 } });
    expect((await prisma.backtestRun.findUniqueOrThrow({ where: { id: chunked.id } })).workflowId).toBe(`backtest-${chunked.id}`);
    expect(t.result!.changedCount).toBe(10);
    expect(t.result).toEqual(l.result);
    expect(await listChangedTickets(prisma, chunked.id)).toEqual(await listChangedTickets(prisma, local.id));
  }, 240_000);
});
