import type { Command } from "commander";
import { compile } from "../../workflows/compile";
import type { CompileError, CompileResult } from "../../workflows/model/plan";
import { knownQueues } from "../lib/known-queues";
import { readJsonFile } from "../lib/read-json-file";

interface CompileFlags {
  json?: boolean;
  queues?: string;
}

/**
 * `studio compile <graph.json>`: the same check the studio runs on save. Prints the plan and exits 0,
 * or prints every problem and exits 1. Plain output is one problem a line, "<where>: <message>", so
 * it greps and diffs well; --json prints the compile result as is for tools.
 */
export function registerCompileCommand(program: Command): void {
  program
    .command("compile")
    .description("Validate a flow graph and print its compiled plan, or every problem in it")
    .argument("<graph.json>", "a flow graph saved from the studio (nodes and edges)")
    .option("--json", "print the result as JSON: { ok, plan } or { ok, errors }")
    .option("--queues <names>", "comma-separated queue names the flow may route to (default: the demo workspace queues)")
    .action((file: string, flags: CompileFlags) => {
      process.exitCode = runCompile(file, flags);
    });
}

function runCompile(file: string, flags: CompileFlags): number {
  const read = readJsonFile(file);
  if (!read.ok && read.problem === "unreadable") {
    process.stderr.write(`${read.message}\n`);
    return 1;
  }
  const result: CompileResult = read.ok
    ? compile(read.json, { knownQueues: queuesOrExit(flags.queues) })
    : { ok: false, errors: [{ code: "invalid-graph", message: read.message }] };

  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.ok ? 0 : 1;
  }
  if (result.ok) {
    process.stdout.write(`${JSON.stringify(result.plan, null, 2)}\n`);
    return 0;
  }
  for (const error of result.errors) process.stdout.write(`${where(error)}: ${error.message}\n`);
  const count = result.errors.length;
  process.stderr.write(`${file}: ${count} ${count === 1 ? "problem" : "problems"}; the flow was not compiled\n`);
  return 1;
}

function queuesOrExit(option: string | undefined): string[] {
  try {
    return knownQueues(option).queues;
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

function where(error: CompileError): string {
  return error.nodeId ?? error.edgeId ?? "graph";
}
