import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";
import { ZTicketSelectionSchema } from "./ticket-selection";
import { currentProcessOwner } from "../../lib/process-owner";
import { selectTicketIds } from "./sources/select-tickets";
import type { StudioPorts } from "../../ports";
import { loadBacktestSide, type BacktestSide } from "./backtest-plans";
import type { TBacktestMode } from "./backtest-runner";
import { failBacktest } from "./finish-backtest";
import { getWorkspaceCalendar } from "../settings/workspace-calendar";
import type { TWorkspaceCalendar } from "../../../workflows/model/calendar";

/**
 * What a person may ask for (backtests.start): which flow, what against what, over which tickets. Where it runs is
 * not theirs to choose: the server decides from the selection's size, so no request can put a replay of millions of
 * tickets inside the web server. A `runner` sent anyway is dropped, like any key this schema does not know.
 */
export const ZStartBacktestRequestSchema = z.object({
  flowId: z.string(),
  candidate: z.discriminatedUnion("kind", [z.object({ kind: z.literal("draft") }), z.object({ kind: z.literal("version"), versionId: z.string() })]),
  baseline: z.discriminatedUnion("kind", [z.object({ kind: z.literal("history") }), z.object({ kind: z.literal("version"), versionId: z.string() })]),
  selection: ZTicketSelectionSchema,
});
export type TStartBacktestRequest = z.infer<typeof ZStartBacktestRequestSchema>;

/** A start as the server's own callers (the CLI, tests) make it: they may pin the runner; "auto" picks by size. */
export const ZStartBacktestSchema = ZStartBacktestRequestSchema.extend({
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
}

/**
 * Starts a backtest: compiles both sides (refusing, by name, one that does not compile), resolves the selection
 * to ordered ticket ids, stores the run with its plans and chunks, and runs it in this process or, for large selections,
 * as a chunked Temporal workflow that any number of workers share (the runners are ports, wired by the caller's
 * composition root).
 */
export async function startBacktest(
  ports: Pick<StudioPorts, "prisma" | "backtestRunners">,
  input: TStartBacktest,
  author: string,
  options: StartBacktestOptions = {},
): Promise<{ id: string; mode: TBacktestMode; total: number }> {
  const { prisma } = ports;
  const candidate = await loadBacktestSide(prisma, input.flowId, input.candidate);
  const baseline = input.baseline.kind === "history" ? null : await loadBacktestSide(prisma, input.flowId, input.baseline);
  const ids = await selectTicketIds(prisma, input.selection);
  const mode = pickRunner(input.runner, ids.length);
  const chunkSize = options.chunkSize ?? envInt("BACKTEST_CHUNK_SIZE", DEFAULT_CHUNK_SIZE);
  // Read once: every chunk counts business time with the calendar of the moment the backtest started.
  const calendar = await getWorkspaceCalendar(prisma);
  const run = await createRun(prisma, { input, author, candidate, baseline, ids, mode, chunkSize, calendar });

  try {
    const started = await ports.backtestRunners[mode].start(run);
    if (started.workflowId !== null) await prisma.backtestRun.update({ where: { id: run.id }, data: { workflowId: started.workflowId } });
    if (options.wait) await started.finished();
  } catch (err) {
    // The in-process runner has stored its failure already (nobody awaits it in the web app); a Temporal run that
    // could not start, or failed while waited for, is marked here, or it would stay queued.
    if (mode === "temporal") await failBacktest(prisma, run.id, err instanceof Error ? err.message : String(err));
    throw err;
  }
  return { id: run.id, mode, total: ids.length };
}

function pickRunner(runner: TStartBacktest["runner"], tickets: number): TBacktestMode {
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
  args: {
    input: TStartBacktest;
    author: string;
    candidate: BacktestSide;
    baseline: BacktestSide | null;
    ids: string[];
    mode: string;
    chunkSize: number;
    calendar: TWorkspaceCalendar;
  },
): Promise<{ id: string; chunkCount: number }> {
  const { input, author, candidate, baseline, ids, mode, chunkSize, calendar } = args;
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += chunkSize) chunks.push(ids.slice(i, i + chunkSize));
  const run = await prisma.$transaction(async (tx) => {
    const created = await tx.backtestRun.create({
      data: {
        flowId: input.flowId,
        candidateVersionId: candidate.versionId,
        candidateGraph: candidate.graph as Prisma.InputJsonValue,
        candidatePlan: candidate.plan as unknown as Prisma.InputJsonValue,
        candidateLabel: candidate.label,
        baselineKind: baseline === null ? "history" : "version",
        baselineVersionId: baseline?.versionId ?? null,
        baselineGraph: baseline === null ? undefined : (baseline.graph as Prisma.InputJsonValue),
        baselinePlan: baseline === null ? undefined : (baseline.plan as unknown as Prisma.InputJsonValue),
        calendar: calendar as unknown as Prisma.InputJsonValue,
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
