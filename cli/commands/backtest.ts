import type { Command } from "commander";
import { ZTicketSelectionSchema, type TTicketSelection } from "../../server/services/backtests/ticket-selection";
import { CliBacktestError, runCliBacktest, type CliBacktestReport } from "../../server/services/backtests/backtest-cli-run";
import { ServiceError } from "../../server/services/lib/service-error";
import { progressBar } from "../lib/progress-bar";
import { withStudio } from "../composition";

interface BacktestFlags {
  flow: string;
  vs?: string;
  tickets?: string;
  from?: string;
  to?: string;
  categories?: string;
  queues?: string;
  sources?: string;
  sample?: string;
  seed?: string;
  json?: boolean;
}

/**
 * `studio backtest --flow <graph.json|version-id> [--vs <graph.json|version-id>] [--tickets <file> | --from … --to …]`:
 * replays a flow over historical tickets and prints its metrics, and with --vs the other flow's and the deltas
 * (without --vs: against the history as it happened). Progress on stderr; stdout carries only the result.
 */
export function registerBacktestCommand(program: Command): void {
  program
    .command("backtest")
    .description("Replay a flow over historical tickets and compare it with another version or with the history")
    .requiredOption("--flow <graph.json|version-id>", "the flow to test: a graph file or a flow version id")
    .option("--vs <graph.json|version-id>", "compare with this flow instead of the history as it happened")
    .option("--tickets <file>", "historical tickets from a file (NDJSON or a JSON array) instead of the workspace")
    .option("--from <date>", "tickets created on or after this date")
    .option("--to <date>", "tickets created before this date")
    .option("--categories <a,b>", "only these categories")
    .option("--queues <a,b>", "only tickets handled in these queues")
    .option("--sources <a,b>", "only tickets from these sources (e.g. demo, zendesk)")
    .option("--sample <n>", "a seeded random sample of this many tickets")
    .option("--seed <n>", "the sample's seed", "1")
    .option("--json", "print the result as JSON")
    .action(async (flags: BacktestFlags) => {
      process.exitCode = await runBacktestCommand(flags);
    });
}

async function runBacktestCommand(flags: BacktestFlags): Promise<number> {
  const selection = selectionOf(flags);
  if (typeof selection === "string") return usage(selection);
  if (flags.tickets !== undefined && selection !== undefined) return usage("--tickets replays a file: --from, --to, --categories, --queues, --sources and --sample select from the workspace instead");
  return withStudio(async (ports) => {
    const bar = progressBar("Backtesting");
    try {
      const report = await runCliBacktest(ports, { flow: flags.flow, vs: flags.vs, tickets: flags.tickets, selection }, (done, total) => {
        // A JSON array's length is unknown until read: the bar then shows the count only.
        if (done % 500 === 0) bar.update(done, total ?? 0, `${done.toLocaleString("en")} tickets`);
      });
      bar.finish(`${report.tickets.toLocaleString("en")} tickets, ${report.changedCount.toLocaleString("en")} changed`);
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : summaryOf(report));
      return 0;
    } catch (err) {
      if (err instanceof CliBacktestError || err instanceof ServiceError) return usage(err.message);
      throw err;
    }
  });
}

function selectionOf(flags: BacktestFlags): TTicketSelection | undefined | string {
  const list = (value?: string) => value?.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  const raw = {
    from: flags.from,
    to: flags.to,
    categories: list(flags.categories),
    queues: list(flags.queues),
    sources: list(flags.sources),
    sampleSize: flags.sample === undefined ? undefined : Number(flags.sample),
  };
  if (Object.values(raw).every((v) => v === undefined)) return undefined;
  const parsed = ZTicketSelectionSchema.safeParse({ ...raw, seed: Number(flags.seed ?? 1) });
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => `--${flagName(String(i.path[0]))}: ${i.message}`).join("; ");
}

const flagName = (field: string) => (field === "sampleSize" ? "sample" : field);

function summaryOf(report: CliBacktestReport): string {
  const lines = [
    `${report.candidate.label} vs ${report.baseline.label}: ${report.tickets} tickets, ${report.changedCount} changed (models: ${report.modelVersion})`,
  ];
  for (const d of report.deltas) lines.push(`  ${d.label}: ${format(d.candidate)} vs ${format(d.baseline)} (${d.delta !== null && d.delta >= 0 ? "+" : ""}${format(d.delta)} ${d.unit})`);
  if (report.reasons.length > 0) lines.push("Why outcomes changed:");
  for (const r of report.reasons.slice(0, 10)) lines.push(`  ${r.count} ${r.change}, parting at ${r.divergenceNode} (e.g. ${r.example})`);
  for (const c of report.changed.slice(0, 20)) lines.push(`  changed ${c.ticketId}: ${c.explanation}`);
  return `${lines.join("\n")}\n`;
}

const format = (n: number | null) => (n === null ? "n/a" : Number.isInteger(n) ? String(n) : n.toFixed(2));

function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
