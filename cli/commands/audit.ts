import type { Command } from "commander";
import { auditToMarkdown } from "../../server/services/history-audit/audit-markdown";
import { refreshAudit } from "../../server/services/history-audit/audit-store";
import { computeAudit } from "../../server/services/history-audit/compute-audit";
import { withDatabase } from "../lib/with-database";

interface AuditFlags {
  json?: boolean;
  markdown?: boolean;
  source?: string[];
  stallHours?: string;
}

/**
 * `studio audit [--json|--markdown] [--source <s>...]`: audits the ticket history in the database (DATABASE_URL, or
 * the embedded PostgreSQL under the data dir, started if needed) and prints the report. Over all sources it also
 * stores the report as the latest, so the audit page shows the same; with --source it only prints. Exit 0 when it
 * printed a report, 1 when the database or the audit failed.
 */
export function registerAuditCommand(program: Command): void {
  program
    .command("audit")
    .description("Audit the imported ticket history: categories, baselines, templated replies, friction, tiers")
    .option("--json", "print the report as JSON")
    .option("--markdown", "print the report as Markdown tables (the default)")
    .option("--source <source...>", "only tickets of these sources (as given to `studio import`), e.g. zendesk demo")
    .option("--stall-hours <hours>", "a gap without activity longer than this is a stall", "72")
    .action(async (flags: AuditFlags) => {
      process.exitCode = await runAudit(flags);
    });
}

async function runAudit(flags: AuditFlags): Promise<number> {
  if (flags.json && flags.markdown) return fail("Choose one of --json and --markdown.");
  const stallHours = Number(flags.stallHours);
  if (!Number.isFinite(stallHours) || stallHours <= 0) return fail(`--stall-hours must be a positive number of hours, not "${flags.stallHours}".`);

  const sources = flags.source ?? [];
  try {
    return await withDatabase(async (prisma) => {
      process.stderr.write(`Auditing ${sources.length > 0 ? `tickets from ${sources.join(", ")}` : "all tickets"}…\n`);
      const started = performance.now();
      const report =
        sources.length > 0 ? await computeAudit(prisma, { sources, stallHours }) : (await refreshAudit(prisma, { stallHours })).report;
      process.stderr.write(`Audited ${report.totals.tickets} tickets in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : auditToMarkdown(report));
      return 0;
    });
  } catch (e) {
    return fail(`The audit failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}
