import os from "node:os";
import { benchCompiler } from "./parts/compiler";
import { benchImport } from "./parts/import";
import { benchIntent } from "./parts/intent";
import { benchInterpreter } from "./parts/interpreter";

/**
 * `npm run bench [-- --json] [-- --only=import,intent,interpreter,compiler]`: speed and memory figures, printed as one JSON object. Targets are checked
 * here, never by timed assertions in tests. Later issues add their parts (import, backtest, eval).
 */
const TICKETS = Number(process.env.BENCH_TICKETS ?? 20_000);
const IMPORT_TICKETS = Number(process.env.BENCH_IMPORT_TICKETS ?? 200_000);
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const wants = (part: string) => ONLY === undefined || ONLY.includes(part);

function main(): void {
  const startedAt = new Date().toISOString();
  const interpreter = wants("interpreter") ? benchInterpreter(TICKETS) : undefined;
  const compiler = wants("compiler") ? benchCompiler() : undefined;
  const importPart = wants("import") ? benchImport(IMPORT_TICKETS) : undefined;
  const intent = wants("intent") ? benchIntent() : undefined;
  const result = {
    startedAt,
    machine: { node: process.version, cpus: os.availableParallelism() },
    interpreter,
    compiler,
    import: importPart,
    intent,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main();
