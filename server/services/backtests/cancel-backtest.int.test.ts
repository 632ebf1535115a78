import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { getTemporalClient } from "../../../temporal/client";
import { uniqueId } from "../../../tests/integration/helpers";
import { bAgainstA, ensureQueues, flowWithTwoVersions, importScoped, scopedFacts, scopedTicket } from "./backtest-test-kit";
import { cancelBacktest } from "./cancel-backtest";
import { executeBacktestInProcess } from "./execute-in-process";
import { getBacktestView } from "./backtest-view";
import { startBacktest, type TStartBacktest } from "./start-backtest";
import { backtestPorts } from "../../../tests/backtest-ports";

/*
 * Cancelling, with no worker polling: a Temporal run stays queued until it is cancelled, which makes "cancelled
 * before any chunk ran" a fixed point instead of a race. Flows as in backtest-run.int.test.ts:
 *
 * A (v1):  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end      B (v2):  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end
 *                               └false─▶ to-general ─▶ end                                  └false─▶ (A's rules)
 */
const prisma = getPrisma();
const source = uniqueId("backtest-cancel");
let flow: { flowId: string; a: string; b: string };

const input = (runner: TStartBacktest["runner"]): TStartBacktest => bAgainstA(flow, source, runner);

describe("cancelBacktest", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, scopedFacts(30).map(scopedTicket));
    flow = await flowWithTwoVersions(prisma, uniqueId("Cancelled backtest"));
  }, 60_000);

  it("cancels a queued run and its workflow; a runner that picks the run up afterwards replays nothing", async () => {
    const run = await startBacktest(backtestPorts(prisma), input("temporal"), "ops@example.com", { wait: false, chunkSize: 8 });
    const workflowId = `backtest-${run.id}`;
    const handle = (await getTemporalClient()).workflow.getHandle(workflowId);
    try {
      expect((await getBacktestView(prisma, run.id))!.status).toBe("queued");
      await cancelBacktest(backtestPorts(prisma), run.id);

      const view = (await getBacktestView(prisma, run.id))!;
      expect(view).toMatchObject({ status: "cancelled", result: null, progress: { processed: 0, total: 30, etaSeconds: null } });
      const history = await handle.fetchHistory();
      expect(history.events?.some((e) => e.workflowExecutionCancelRequestedEventAttributes != null)).toBe(true);

      await executeBacktestInProcess({ prisma, ai: createAiProvider(prisma, "keyword") }, run.id);
      const chunks = await prisma.backtestChunk.findMany({ where: { runId: run.id }, select: { status: true } });
      expect(chunks.map((c) => c.status)).toEqual(["pending", "pending", "pending", "pending"]);
      expect((await getBacktestView(prisma, run.id))!.status).toBe("cancelled");

      await expect(cancelBacktest(backtestPorts(prisma), run.id)).rejects.toMatchObject({ kind: "conflict", message: "The backtest has already been cancelled" });
    } finally {
      await handle.terminate("test cleanup").catch(() => undefined);
    }
  });

  it("refuses a run that has completed, and one that does not exist", async () => {
    const done = await startBacktest(backtestPorts(prisma, createAiProvider(prisma, "keyword")), input("in-process"), "ops@example.com", { wait: true });
    await expect(cancelBacktest(backtestPorts(prisma), done.id)).rejects.toMatchObject({ kind: "conflict", message: "The backtest has already completed" });
    expect((await getBacktestView(prisma, done.id))!.status).toBe("completed");
    await expect(cancelBacktest(backtestPorts(prisma), "no-such-run")).rejects.toMatchObject({ kind: "not-found" });
  });
});
