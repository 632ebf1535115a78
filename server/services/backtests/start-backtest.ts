import type { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";
import { createAiProvider, type AiProvider } from "../../ai";
import { ZTicketSelectionSchema } from "../../backtest/selection";
import { currentProcessOwner } from "../../lib/process-owner";
import { selectTicketIds } from "../../backtest/sources/select-tickets";
import { loadBacktestSide, type BacktestSide } from "./backtest-plans";
import { executeBacktestInProcess } from "./execute-in-process";
import { failBacktest } from "./finish-backtest";

export const ZStartBacktestSchema = z.object({
  flowId: z.string(),
  candidate: z.discriminatedUnion("kind", [z.object({ kind: z.literal("draft") }), z.object({ kind: z.literal("version"), versionId: z.string() })]),
  baseline: z.discriminatedUnion("kind", [z.object({ kind: z.literal("history") }), z.object({ kind: z.literal("version"), versionId: z.string() })]),
  selection: ZTicketSelectionSchema,
  runner: z.enum(["auto", "in-process", "temporal"]).default("auto"),
});
export type TStartBacktest = z.infer<typeof ZStartBacktestSchema>;

export const HISTORY_LABEL = "History as it happened";
const DEFAULT_CHUNK_SIZE = 2_000;
const DEFAULT_TEMPORAL_THRESHOLD = 50_000;

export interface StartBacktestOptions {
  /** Return only when the backtest has finished (tests, the CLI). */
  wait?: boolean;
  chunkSize?: number;
  /** The provider answering AI activities in-process; the workspace's (AI_PROVIDER) by default. */
  ai?: AiProvider;
}

/**
 * Starts a backtest: compiles both sides (refusing, by name, one that does not compile), resolves the selection
 * to ordered ticket ids, stores the run with its chunks, and runs it in this process or, for large selections,
 * as a chunked Temporal workflow that any number of workers share.
 */
export async function startBacktest(
  prisma: PrismaClient,
  input: TStartBacktest,
  author: string,
  options: StartBacktestOptions = {},
): Promise<{ id: string; mode: "in-process" | "temporal"; total: number }> {
  const candidate = await loadBacktestSide(prisma, input.flowId, input.candidate);
  const baseline = input.baseline.kind === "history" ? null : await loadBacktestSide(prisma, input.flowId, input.baseline);
  const ids = await selectTicketIds(prisma, input.selection);
  const mode = pickRunner(input.runner, ids.length);
  const chunkSize = options.chunkSize ?? envInt("BACKTEST_CHUNK_SIZE", DEFAULT_CHUNK_SIZE);
  const run = await createRun(prisma, { input, author, candidate, baseline, ids, mode, chunkSize });

  if (mode === "in-process") {
    const execution = executeBacktestInProcess({ prisma, ai: options.ai ?? createAiProvider(prisma) }, run.id);
    if (options.wait) await execution;
    // Failures are stored on the run (status "failed" with the error); nobody awaits the background promise.
    else void execution.catch(() => undefined);
  } else {
    try {
      // Loaded only here, so an in-process backtest never loads the Temporal client.
      const { startBacktestWorkflow } = await import("../../../temporal/backtest-starter");
      const started = await startBacktestWorkflow(run.id, run.chunkCount);
      await prisma.backtestRun.update({ where: { id: run.id }, data: { workflowId: started.workflowId } });
      if (options.wait) await started.result();
    } catch (err) {
      await failBacktest(prisma, run.id, err instanceof Error ? err.message : String(err));
      throw err;
    }
  }
  return { id: run.id, mode, total: ids.length };
}

function pickRunner(runner: TStartBacktest["runner"], tickets: number): "in-process" | "temporal" {
  switch (runner) {
    case "in-process":
    case "temporal":
      return runner;
    case "auto":
      return tickets > envInt("BACKTEST_TEMPORAL_THRESHOLD", DEFAULT_TEMPORAL_THRESHOLD) ? "temporal" : "in-process";
    default: {
      const never: never = runner;
      throw new Error(`Unknown runner ${String(never)}`);
    }
  }
}

async function createRun(
  prisma: PrismaClient,
  args: { input: TStartBacktest; author: string; candidate: BacktestSide; baseline: BacktestSide | null; ids: string[]; mode: string; chunkSize: number },
): Promise<{ id: string; chunkCount: number }> {
  const { input, author, candidate, baseline, ids, mode, chunkSize } = args;
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += chunkSize) chunks.push(ids.slice(i, i + chunkSize));
  const run = await prisma.$transaction(async (tx) => {
    const created = await tx.backtestRun.create({
      data: {
        flowId: input.flowId,
        candidateVersionId: candidate.versionId,
        candidateGraph: candidate.graph as Prisma.InputJsonValue,
        candidateLabel: candidate.label,
        baselineKind: baseline === null ? "history" : "version",
        baselineVersionId: baseline?.versionId ?? null,
        baselineGraph: baseline === null ? undefined : (baseline.graph as Prisma.InputJsonValue),
        baselineLabel: baseline?.label ?? HISTORY_LABEL,
        selection: input.selection as Prisma.InputJsonValue,
        mode,
        total: ids.length,
        author,
        // This process replays an in-process run, so a start can see when it died; Temporal keeps a chunked one.
        owner: mode === "in-process" ? currentProcessOwner() : null,
      },
      select: { id: true },
    });
    await tx.backtestChunk.createMany({ data: chunks.map((ticketIds, index) => ({ runId: created.id, index, ticketIds })) });
    return created;
  }, { timeout: 120_000 });
  return { id: run.id, chunkCount: chunks.length };
}

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
