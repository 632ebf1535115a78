import os from "node:os";
import { benchBacktest } from "./parts/backtest";
import { benchCompiler } from "./parts/compiler";
import { benchDashboards } from "./parts/dashboards";
import { benchImport } from "./parts/import";
import { benchIntent } from "./parts/intent";
import { benchInterpreter } from "./parts/interpreter";
import { benchKnowledge } from "./parts/knowledge";
import { benchLive } from "./parts/live";
import { benchSoak } from "./parts/soak";

/**
 * `npm run bench [-- --json] [-- --only=import,intent,interpreter,compiler,knowledge,backtest,live,dashboards,soak]` (or `--only backtest`): speed and memory figures, printed as one JSON object. Targets are checked
 * here, never by timed assertions in tests. Later issues add their parts (import, backtest, eval).
 */
const TICKETS = Number(process.env.BENCH_TICKETS ?? 20_000);
const IMPORT_TICKETS = Number(process.env.BENCH_IMPORT_TICKETS ?? 200_000);
const BACKTEST_TICKETS = Number(process.env.BENCH_BACKTEST_TICKETS ?? 100_000);
const BACKTEST_STREAMED_TICKETS = Number(process.env.BENCH_BACKTEST_STREAMED_TICKETS ?? 1_000_000);
const BACKTEST_RULES_TICKETS = Number(process.env.BENCH_BACKTEST_RULES_TICKETS ?? 5_000);
const DASHBOARD_TICKETS = Number(process.env.BENCH_DASHBOARD_TICKETS ?? 1_000_000);
const BACKTEST_BATCH = process.env.BENCH_BACKTEST_BATCH === undefined ? undefined : Number(process.env.BENCH_BACKTEST_BATCH);
const onlyAt = process.argv.indexOf("--only");
const ONLY = (process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length) ?? (onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined))?.split(",");
const wants = (part: string) => ONLY === undefined || ONLY.includes(part);

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const interpreter = wants("interpreter") ? benchInterpreter(TICKETS) : undefined;
  const compiler = wants("compiler") ? benchCompiler() : undefined;
  const importPart = wants("import") ? benchImport(IMPORT_TICKETS) : undefined;
  const knowledge = wants("knowledge") ? benchKnowledge() : undefined;
  const intent = wants("intent") ? await benchIntent() : undefined;
  const backtest = wants("backtest")
    ? await benchBacktest({ tickets: BACKTEST_TICKETS, streamedTickets: BACKTEST_STREAMED_TICKETS, rulesTickets: BACKTEST_RULES_TICKETS, batchSize: BACKTEST_BATCH })
    : undefined;
  // Starts a whole `npm start` stack of its own on a fresh data dir (BENCH_LIVE_* variables; see parts/live/config.ts).
  const live = wants("live") ? await benchLive() : undefined;
  // A fresh embedded PostgreSQL of its own, a million tickets loaded in SQL and the rollup rebuilt (minutes).
  const dashboards = wants("dashboards") ? await benchDashboards(DASHBOARD_TICKETS) : undefined;
  // Only when asked for by name (ten minutes by default): its own stack, with the worker and Temporal killed meanwhile
  // (`--soak-minutes`, `--soak-rate`, BENCH_SOAK_* variables; see parts/soak/config.ts).
  const soak = ONLY?.includes("soak") ? await benchSoak() : undefined;
  const result = {
    startedAt,
    machine: { node: process.version, cpus: os.availableParallelism() },
    interpreter,
    compiler,
    import: importPart,
    knowledge,
    intent,
    backtest,
    live,
    dashboards,
    soak,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

await main();
