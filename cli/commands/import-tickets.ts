import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { IMPORT_FORMATS, describePosition, type TImportFormat } from "../../lib/history-import/import-record";
import { REQUIRED_CSV_FIELDS, ZCsvMappingSchema, type TCsvMapping } from "../../lib/history-import/csv-mapping";
import { readCsvHeader } from "../../server/connectors/csv/read-csv-header";
import { suggestCsvMapping } from "../../server/connectors/csv/suggest-csv-mapping";
import { describeCategorySource } from "../../lib/history-import/category-source";
import { createImportJob, jobView, runImportJob } from "../../server/services/history-import/import-jobs";
import { categorySourceFor } from "../../server/services/history-import/remembered-category-source";
import { progressBar } from "../lib/progress-bar";
import { withDatabase } from "../lib/with-database";
import { CATEGORY_OPTIONS, categoryFromFlags, type CategoryFlags } from "./import-category-flags";

interface ImportFlags extends CategoryFlags {
  format: TImportFormat;
  source?: string;
  mapping?: string;
  map?: string[];
  delimiter?: string;
  tagSeparator?: string;
  json?: boolean;
}

const SHOWN_REJECTIONS = 20;

/**
 * `studio import <file> --format zendesk|freshdesk|intercom|csv`: the upload page's import from a terminal.
 * Streams the file (any size) into the workspace with a progress bar on stderr, then prints the counts and
 * the rejected rows with their line or record number. A CSV without --mapping gets the suggested mapping,
 * adjusted with --map field=column; if a required field stays unmapped it says which and exits 2. A Zendesk
 * export takes its category from --category-field / --category-tag-prefix, remembered per source and used
 * again when the next import from that source names none.
 */
export function registerImportTicketsCommand(program: Command): void {
  const command = program
    .command("import")
    .description("Import ticket history from a helpdesk export or a CSV file")
    .argument("<file>", "the export file (JSON, NDJSON or CSV)")
    .requiredOption("--format <format>", `one of ${IMPORT_FORMATS.join(", ")}`)
    .option("--source <name>", "the source the tickets' ids belong to (default: the format)")
    .option("--mapping <file.json>", "CSV: a column mapping { columns: { externalId: \"Ticket ID\", ... } }")
    .option("--map <field=column...>", "CSV: map one field to a column, over the suggested mapping")
    .option("--delimiter <char>", "CSV: the column separator", ",")
    .option("--tag-separator <text>", "CSV: what separates tags inside their cell", ",")
    .option("--json", "print the finished job as JSON");
  for (const [flags, description] of CATEGORY_OPTIONS) command.option(flags, description);
  command.action(async (file: string, flags: ImportFlags) => {
    process.exitCode = await runImport(file, flags);
  });
}

async function runImport(file: string, flags: ImportFlags): Promise<number> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(flags.format)) return usage(`--format must be one of ${IMPORT_FORMATS.join(", ")}`);
  if (!existsSync(file)) return usage(`${file}: no such file`);
  const category = categoryFromFlags(flags, flags.format);
  if ("error" in category) return usage(category.error);
  let mapping: TCsvMapping | undefined;
  if (flags.format === "csv") {
    const resolved = await csvMapping(file, flags);
    if (typeof resolved === "string") return usage(resolved);
    mapping = resolved;
  }
  return withDatabase(async (prisma) => {
    const job = await createImportJob(prisma, {
      format: flags.format,
      fileName: path.basename(file),
      filePath: path.resolve(file),
      fileBytes: statSync(file).size,
      actor: "cli",
      source: flags.source,
    });
    const choice = flags.format === "zendesk" ? await categorySourceFor(prisma, job.source, category.choice) : undefined;
    if (choice) process.stderr.write(`Category: ${describeCategorySource(choice.choice)}${CHOICE_NOTE[choice.from](job.source)}\n`);
    const bar = progressBar(`Importing ${path.basename(file)}`);
    const done = jobView(
      await runImportJob(prisma, job.id, {
        mapping,
        category: choice?.choice,
        onProgress: ({ counts, bytesRead, fileBytes }) => bar.update(bytesRead, fileBytes, `${counts.records.toLocaleString("en")} records`),
      }),
    );
    bar.finish(`${done.records.toLocaleString("en")} records`);
    if (flags.json) process.stdout.write(`${JSON.stringify(done, null, 2)}\n`);
    else printSummary(done);
    return done.status === "completed" ? 0 : 1;
  });
}

function printSummary(job: ReturnType<typeof jobView>): void {
  const out = process.stdout;
  if (job.status === "failed") out.write(`The import failed: ${job.error}\n`);
  out.write(
    `${job.records} records: ${job.imported} imported, ${job.updated} updated, ${job.unchanged} unchanged, ${job.rejected} rejected` +
      `${job.ticketsPerSecond ? ` (${job.ticketsPerSecond.toLocaleString("en")} tickets/s)` : ""}\n`,
  );
  if (job.category?.summary) out.write(`${job.category.summary}\n`);
  if (job.category?.outcome?.note) out.write(`${job.category.outcome.note}\n`);
  for (const r of job.rejections.slice(0, SHOWN_REJECTIONS)) out.write(`  ${describePosition(r)}: ${r.reason}\n`);
  if (job.rejected > SHOWN_REJECTIONS) out.write(`  … and ${job.rejected - SHOWN_REJECTIONS} more rejected (--json lists the first ${job.rejections.length})\n`);
}

async function csvMapping(file: string, flags: ImportFlags): Promise<TCsvMapping | string> {
  if (flags.mapping) {
    const parsed = ZCsvMappingSchema.safeParse(JSON.parse(readFileSync(flags.mapping, "utf8")));
    return parsed.success ? parsed.data : `${flags.mapping}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  }
  const { header } = await readCsvHeader(createReadStream(file), flags.delimiter);
  const columns: Record<string, string> = { ...suggestCsvMapping(header) };
  for (const pair of flags.map ?? []) {
    const [field, column] = pair.split("=", 2);
    if (!field || !column) return `--map ${pair}: write it as field=column`;
    if (!header.includes(column)) return `--map ${pair}: the file has no column "${column}" (columns: ${header.join(", ")})`;
    columns[field] = column;
  }
  const parsed = ZCsvMappingSchema.safeParse({ columns, delimiter: flags.delimiter, tagSeparator: flags.tagSeparator });
  if (parsed.success) return parsed.data;
  const missing = REQUIRED_CSV_FIELDS.filter((f) => !columns[f]);
  return `Cannot map ${missing.join(", ")} to a column of ${path.basename(file)} (columns: ${header.join(", ")}); use --map ${missing[0]}=<column> or --mapping <file.json>`;
}

const CHOICE_NOTE = {
  given: (source: string) => ` (remembered for the next import from ${source})`,
  remembered: (source: string) => ` (as remembered for ${source}; --category-auto goes back to the default)`,
  default: () => "",
};

function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
