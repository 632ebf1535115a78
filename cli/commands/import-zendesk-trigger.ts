import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import type { UnsupportedItem, ZendeskConversion } from "../../server/connectors/zendesk/conversion-types";
import { importZendeskJson } from "../../server/connectors/zendesk/import-zendesk-json";

interface ImportFlags {
  groupNames?: string;
  out?: string;
}

const ZGroupNames = z.record(z.string(), z.string().min(1));

/** Here a group gets its queue from --group-names. */
const OPTION_HINT = (groupId: string) => `give it one with --group-names '{"${groupId}":"<queue name>"}', then run the import again`;

/**
 * `studio import-zendesk-trigger <file.json>`: converts a Zendesk trigger or automation (or a list of
 * them) to a flow graph. The graph goes to stdout or --out, so it pipes into `studio compile`; what
 * could not be converted, and the notes, go to stderr. Exit 0 when it converted (even with items
 * listed), 1 when the file or --group-names cannot be read.
 */
export function registerImportZendeskTriggerCommand(program: Command): void {
  program
    .command("import-zendesk-trigger")
    .description("Convert Zendesk trigger / automation JSON to a flow graph, listing what has no equivalent")
    .argument("<file.json>", "a Zendesk trigger or automation as the API returns it ({ trigger }, { triggers: [...] }, { automation }, …)")
    .option("--group-names <json>", 'Zendesk group id → queue name, e.g. \'{"360001234567":"escalations"}\'')
    .option("--out <graph.json>", "write the graph here instead of stdout (a list of rules writes [{ title, graph }, …])")
    .action((file: string, flags: ImportFlags) => {
      process.exitCode = runImport(file, flags);
    });
}

function runImport(file: string, flags: ImportFlags): number {
  const groupNames = parseGroupNames(flags.groupNames);
  if (!groupNames.ok) return fail(groupNames.message);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(`Cannot read ${file}: ${code === "ENOENT" ? "no such file" : e instanceof Error ? e.message : String(e)}`);
  }
  const result = importZendeskJson(text, { groupNames: groupNames.value, groupHint: OPTION_HINT });
  if (!result.ok) {
    if (result.problem === "not-json") return fail(`${file}: ${result.message}`);
    return fail([`${file} is not a Zendesk trigger or automation:`, ...result.issues.map((i) => `  ${i.path || "(top level)"}: ${i.message}`)].join("\n"));
  }

  for (const c of result.conversions) process.stderr.write(report(c));
  const [only] = result.conversions;
  const output = result.conversions.length === 1 && only !== undefined ? only.graph : result.conversions.map((c) => ({ title: c.title, source: c.source, graph: c.graph }));
  const json = `${JSON.stringify(output, null, 2)}\n`;
  if (flags.out !== undefined) {
    writeFileSync(flags.out, json);
    process.stderr.write(`Wrote ${flags.out}\n`);
  } else {
    process.stdout.write(json);
  }
  return 0;
}

function parseGroupNames(option: string | undefined): { ok: true; value: Record<string, string> | undefined } | { ok: false; message: string } {
  if (option === undefined) return { ok: true, value: undefined };
  let json: unknown;
  try {
    json = JSON.parse(option);
  } catch {
    return { ok: false, message: `--group-names is not JSON; write it like '{"360001234567":"escalations"}'` };
  }
  const parsed = ZGroupNames.safeParse(json);
  if (!parsed.success) return { ok: false, message: `--group-names must map Zendesk group ids to queue names, like '{"360001234567":"escalations"}'` };
  return { ok: true, value: parsed.data };
}

/** One block per rule: a headline, then each unsupported item and note on its own line, easy to grep. */
function report(c: ZendeskConversion): string {
  const count = c.unsupported.length;
  const lines = [`${c.source} "${c.title}": ${count === 0 ? "everything converted" : `${count} ${count === 1 ? "item has" : "items have"} no equivalent`}`];
  for (const u of c.unsupported) lines.push(`  unsupported ${where(u)} ${describe(u)}: ${u.reason}`);
  for (const n of c.notes) lines.push(`  note: ${n}`);
  return `${lines.join("\n")}\n`;
}

function where(u: UnsupportedItem): string {
  return u.kind === "condition" ? `conditions.${u.group ?? "all"}[${u.index}]` : `actions[${u.index}]`;
}

function describe(u: UnsupportedItem): string {
  return [u.field, u.operator, JSON.stringify(u.value ?? null)].filter((p) => p !== undefined).join(" ");
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}
