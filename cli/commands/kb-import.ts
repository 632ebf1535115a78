import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { importKbArticles, type KbImportResult } from "../../server/services/knowledge/import/import-kb-articles";
import { KB_IMPORT_FORMATS, type TKbImportFile, type TKbImportFormat } from "../../server/services/knowledge/import/kb-import-types";
import { withDatabase } from "../lib/with-database";

interface KbImportFlags {
  format: string;
  owner?: string;
  json?: boolean;
}

/**
 * `studio kb-import <folder|file> --format markdown|csv|json|zendesk-macros|freshdesk-canned`: imports knowledge
 * articles. A folder is read recursively (for markdown, every .md/.markdown file, keyed by its path inside the
 * folder, so re-importing the folder updates those articles). Prints the counts and every rejected record with its
 * file, number and reason. Exit 0 when nothing was rejected, 1 when some records were, 2 for usage mistakes.
 */
export function registerKbImportCommand(program: Command): void {
  program
    .command("kb-import")
    .description("Import knowledge-base articles from Markdown files, CSV, JSON, Zendesk macros or Freshdesk canned responses")
    .argument("<path>", "a file, or a folder (read recursively)")
    .requiredOption("--format <format>", `one of ${KB_IMPORT_FORMATS.join(", ")}`)
    .option("--owner <owner>", "owner of new articles that do not name one")
    .option("--json", "print the result as JSON")
    .action(async (target: string, flags: KbImportFlags) => {
      process.exitCode = await runKbImport(target, flags);
    });
}

async function runKbImport(target: string, flags: KbImportFlags): Promise<number> {
  if (!(KB_IMPORT_FORMATS as readonly string[]).includes(flags.format)) return usage(`--format must be one of ${KB_IMPORT_FORMATS.join(", ")}`);
  const format = flags.format as TKbImportFormat;
  let files: TKbImportFile[];
  try {
    files = readFiles(target, format);
  } catch (error) {
    return usage(`Cannot read ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (files.length === 0) return usage(`${target} has no ${format === "markdown" ? ".md files" : ".csv or .json files"}`);
  const result = await withDatabase((prisma) => importKbArticles(prisma, { format, files, owner: flags.owner ?? null }));
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printSummary(result);
  return result.rejected > 0 ? 1 : 0;
}

function readFiles(target: string, format: TKbImportFormat): TKbImportFile[] {
  if (!statSync(target).isDirectory()) return [{ name: path.basename(target), text: readFileSync(target, "utf8") }];
  const wanted = format === "markdown" ? /\.(md|markdown)$/i : format === "csv" ? /\.csv$/i : /\.json$/i;
  const entries = readdirSync(target, { recursive: true, encoding: "utf8" }).filter((p) => wanted.test(p)).sort();
  return entries
    .filter((relative) => statSync(path.join(target, relative)).isFile())
    .map((relative) => ({ name: relative.split(path.sep).join("/"), text: readFileSync(path.join(target, relative), "utf8") }));
}

function printSummary(r: KbImportResult): void {
  const out = process.stdout;
  out.write(`${r.records} records (${r.source}): ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejected} rejected\n`);
  for (const x of r.rejections) out.write(`  ${x.file} ${x.record === 0 ? "(whole file)" : `record ${x.record}${x.line ? ` (line ${x.line})` : ""}`}: ${x.reason}\n`);
}

function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
