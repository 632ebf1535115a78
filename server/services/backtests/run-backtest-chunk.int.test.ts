import type { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../../workflows/compile";
import type { FlowPlan } from "../../../workflows/model/plan";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { uniqueId } from "../../../tests/integration/helpers";
import { backtestPorts } from "../../../tests/backtest-ports";
import { bAgainstA, ensureQueues, flowWithTwoVersions, importScoped, routingGraphs, scopedFacts, scopedTicket } from "./backtest-test-kit";
import { runBacktestChunk, type ChunkResult } from "./run-backtest-chunk";
import { startBacktest } from "./start-backtest";

/*
 * A backtest compiles its graphs once, when it starts, and every chunk replays the stored plans. Version B
 * (route-chat-to-technical) has an "is-chat" node that version A (route-by-account) lacks, so the node hits
 * of a chunk show which of the two it replayed.
 */
const prisma = getPrisma();
const source = uniqueId("backtest-chunk-plans");
const ai = createAiProvider(prisma, "keyword");
let ticketIds: string[];

function planOf(graph: unknown): FlowPlan {
  const result = compile(graph);
  if (!result.ok) throw new Error(`fixture does not compile: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

async function chunkResultOf(run: { candidateGraph: unknown; candidatePlan?: FlowPlan }): Promise<ChunkResult> {
  const created = await prisma.backtestRun.create({
    data: {
      candidateGraph: run.candidateGraph as Prisma.InputJsonValue,
      ...(run.candidatePlan !== undefined ? { candidatePlan: run.candidatePlan as unknown as Prisma.InputJsonValue } : {}),
      candidateLabel: "candidate",
      baselineKind: "history",
      baselineLabel: "History as it happened",
      selection: { sources: [source], seed: 1 },
      total: ticketIds.length,
      author: "test",
      chunks: { create: [{ index: 0, ticketIds }] },
    },
  });
  await runBacktestChunk({ prisma, ai }, created.id, 0);
  const chunk = await prisma.backtestChunk.findUniqueOrThrow({ where: { runId_index: { runId: created.id, index: 0 } } });
  return chunk.result as unknown as ChunkResult;
}

describe("the plans a backtest replays", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, scopedFacts(6).map(scopedTicket));
    ticketIds = (await prisma.ticket.findMany({ where: { source }, select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
  }, 60_000);

  it("are compiled when the run starts and stored on it", async () => {
    const flow = await flowWithTwoVersions(prisma, uniqueId("Backtest plans"));
    const started = await startBacktest(backtestPorts(prisma, ai), bAgainstA(flow, source, "in-process"), "ops", { wait: true });
    const run = await prisma.backtestRun.findUniqueOrThrow({ where: { id: started.id }, select: { candidatePlan: true, baselinePlan: true } });
    const { a, b } = routingGraphs();
    expect(run.candidatePlan).toEqual(JSON.parse(JSON.stringify(planOf(b))));
    expect(run.baselinePlan).toEqual(JSON.parse(JSON.stringify(planOf(a))));
  });

  it("are what a chunk replays, not the run's graphs compiled again", async () => {
    const { a, b } = routingGraphs();
    const stored = await chunkResultOf({ candidateGraph: b, candidatePlan: planOf(a) });
    expect(stored.candidate.tickets).toBe(ticketIds.length);
    expect(stored.candidate.nodeHits["is-chat"]).toBeUndefined();
    expect(stored.candidate.nodeHits["is-enterprise"]).toBeDefined();
  });

  it("are compiled from the graphs for a run stored without them", async () => {
    const { b } = routingGraphs();
    const compiled = await chunkResultOf({ candidateGraph: b });
    expect(compiled.candidate.nodeHits["is-chat"]).toBeDefined();
  });
});
