import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_TSX_ARGS } from "../../server/lib/node-flags";
import { DEFAULT_BATCH_SIZE } from "../../workflows/interpret/replay";
import { compareRuleEngines } from "./backtest-rules";
import { benchPlans, ticketFactory, writeTicketFile } from "./backtest-tickets";

const CHILD = fileURLToPath(new URL("./backtest-child.ts", import.meta.url));

/**
 * Issue 6's targets: (1) tickets/s of runBacktest through the 29-node tiered-support flow against the history
 * as it happened (and, beside it, against its previous version), on one thread, model answers already cached
 * in memory, full traces built for every changed ticket (target 100,000/s); (2) the flow's condition checks
 * against json-rules-engine on the same 20 routing rules, both given the stored ticket (target 40x; beside it
 * the engine on facts prepared before the timing, and its floor; see backtest-rules.ts); (3) peak RSS of a 1,000,000-ticket backtest streamed from an NDJSON file
 * (target < 500 MB). Each backtest runs in a child process of its own (backtest-child.ts). Machine-dependent:
 * on a shared machine the figures are noisy.
 */
export interface BacktestBenchOptions {
  tickets: number;
  streamedTickets: number;
  rulesTickets: number;
  /** runBacktest's batch size for the throughput run; its default when not given. */
  batchSize?: number;
}

export async function benchBacktest(o: BacktestBenchOptions): Promise<Record<string, unknown>> {
  const factory = ticketFactory();
  const rules = await compareRuleEngines(
    Array.from({ length: o.rulesTickets }, (_, i) => factory.ticket(i)),
    benchPlans().candidate,
  );
  const batchSize = o.batchSize ?? DEFAULT_BATCH_SIZE;
  // The headline: the flow over the history as it happened (one replay per ticket; changed = differs from
  // what happened). Beside it, the same flow against its previous version (two replays per ticket).
  const throughput = child(["memory", String(o.tickets), String(batchSize), "history"]);
  const throughputVsPreviousVersion = child(["memory", String(o.tickets), String(batchSize), "version"]);
  const streamed = streamFromFile(o.streamedTickets, await writeTempFile(factory, o.streamedTickets));

  return {
    ticketsPerSecond: throughput.ticketsPerSecond,
    speedupVsJsonRulesEngine: rules.speedup,
    peakRssMbAt1M: streamed.peakRssMb,
    throughput,
    throughputVsPreviousVersion,
    rules,
    streamed,
    targets: { ticketsPerSecond: 100_000, speedupVsJsonRulesEngine: 40, peakRssMbAt1M: 500 },
    met: {
      ticketsPerSecond: throughput.ticketsPerSecond >= 100_000,
      speedupVsJsonRulesEngine: rules.speedup >= 40,
      peakRssMbAt1M: streamed.peakRssMb < 500,
    },
  };
}

type ChildResult = Record<string, unknown> & { tickets: number; ticketsPerSecond: number; peakRssMb: number };

function child(args: string[]): ChildResult {
  const out = execFileSync(process.execPath, [...NODE_TSX_ARGS, CHILD, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult;
}

async function writeTempFile(factory: ReturnType<typeof ticketFactory>, count: number): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "studio-bench-backtest-"));
  const file = path.join(dir, "tickets.ndjson");
  try {
    await writeTicketFile(file, factory, count);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { dir, file };
}

function streamFromFile(count: number, { dir, file }: { dir: string; file: string }): ChildResult & { fileMb: number } {
  try {
    const fileMb = Math.round(statSync(file).size / 1024 ** 2);
    const result = child(["file", file]);
    if (result.tickets !== count) throw new Error(`backtest bench: the child replayed ${result.tickets} of ${count} tickets`);
    return { fileMb, ...result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
