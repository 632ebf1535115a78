import os from "node:os";
import { benchCompiler } from "./parts/compiler";
import { benchInterpreter } from "./parts/interpreter";

/**
 * `npm run bench [-- --json]`: speed and memory figures, printed as one JSON object. Targets are checked
 * here, never by timed assertions in tests. Later issues add their parts (import, backtest, eval).
 */
const TICKETS = Number(process.env.BENCH_TICKETS ?? 20_000);

function main(): void {
  const startedAt = new Date().toISOString();
  const interpreter = benchInterpreter(TICKETS);
  const compiler = benchCompiler();
  const result = {
    startedAt,
    machine: { node: process.version, cpus: os.availableParallelism() },
    interpreter,
    compiler,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main();
