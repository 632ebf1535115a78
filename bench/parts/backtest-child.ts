import { memoryAiSource, runBacktest } from "../../workflows/interpret/replay";
import { readTicketFile } from "../../server/services/backtests/sources/file-source";
import type { HistoricalTicket } from "../../workflows/interpret/replay/types";
import { benchPlans, computedAiSource, ticketFactory, ticketStream } from "./backtest-tickets";

/**
 * One backtest measurement in a process of its own, so its speed and peak RSS are not shaped by what ran
 * before it (a large heap left by one run slows the next one's garbage collection). Prints one JSON line.
 *   memory <tickets> <batchSize> [history|version]: tickets built in memory, answers cached in memory by a first run,
 *     the second timed; against the history as it happened or the flow's previous version (the default).
 *   file <tickets.ndjson>: tickets streamed from the file, answers computed (a 1M-ticket cache would not fit).
 */
const [mode, arg, batchArg, vsArg] = process.argv.slice(2);
const plans = benchPlans();
const { candidate, nodes } = plans;
// "history": the flow against the history as it happened (one replay per ticket); else against its previous version.
const baseline = vsArg === "history" ? ("history" as const) : plans.baseline;
const factory = ticketFactory();
let changedTraceSteps = 0;
const countTraces = ({ changed }: { changed: Array<{ candidateTrace: unknown[]; baselineTrace: unknown[] }> }) => {
  for (const c of changed) changedTraceSteps += c.candidateTrace.length + c.baselineTrace.length;
};

let timed: () => ReturnType<typeof runBacktest>;
let batchSize: number | undefined;
if (mode === "memory") {
  const count = Number(arg);
  batchSize = batchArg === undefined ? undefined : Number(batchArg);
  const tickets: HistoricalTicket[] = Array.from({ length: count }, (_, i) => factory.ticket(i));
  // The product's in-memory answer store, filled by the first pass.
  const ai = memoryAiSource(factory.answer, "bench-cache");
  const stream = () => ticketStream((i) => tickets[i]!, count);
  // The first pass fills the cache ("classification results already cached"). It runs in small batches:
  // filled in batches of 500, runs kept alive across the wait for answers teach V8's allocation-site
  // pretenuring to allocate some of the replay's objects straight into the old generation, and every later
  // run in the process then spends 2-3 times longer in garbage collection (with --no-allocation-site-pretenuring
  // the difference is gone; which sites, not yet found). The timed run uses the batch size asked for.
  await runBacktest({ candidate, baseline, tickets: stream(), ai, batchSize: 10 });
  timed = () => runBacktest({ candidate, baseline, tickets: stream(), ai, ...(batchSize ? { batchSize } : {}), onBatch: countTraces });
} else if (mode === "file" && arg !== undefined) {
  const file = arg;
  timed = () => runBacktest({ candidate, baseline, tickets: readTicketFile(file), ai: computedAiSource(factory.answer), onBatch: countTraces });
} else {
  throw new Error("usage: backtest-child.ts memory <tickets> [batchSize] | file <tickets.ndjson>");
}

const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await timed();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const tickets = result.candidate.tickets;
process.stdout.write(
  `${JSON.stringify({
    flow: "tiered-support",
    nodes,
    versus: baseline === "history" ? "history" : "previous version",
    ...(batchSize !== undefined ? { batchSize } : {}),
    tickets,
    changed: result.changedCount,
    changedTraceSteps,
    seconds: Math.round(seconds * 100) / 100,
    ticketsPerSecond: Math.round(tickets / seconds),
    // CPU time of the process (all its threads, GC included), steadier than wall time on a busy machine.
    ticketsPerCpuSecond: Math.round(tickets / ((cpu.user + cpu.system) / 1e6)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
