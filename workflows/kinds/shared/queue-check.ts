import { compileError, listOf, quote, type CompileNode } from "../../compile/context";
import type { CompileError, CompileOptions } from "../../model/plan";

/** A node that names a queue must name one the workspace has, when the compiler is told which exist. */
export function checkQueue(node: CompileNode, queue: string, options: CompileOptions): CompileError[] {
  const known = options.knownQueues;
  if (known === undefined || known.includes(queue)) return [];
  const near = known.find((q) => q.toLowerCase() === queue.trim().toLowerCase());
  const hint = near !== undefined ? `did you mean ${quote(near)}?` : known.length > 0 ? `pick one of ${listOf(known.map(quote))}` : "create the queue first";
  const message = `${node.name}: there is no queue ${quote(queue)} in this workspace; ${hint}`;
  return [compileError({ code: "unknown-queue", message, nodeId: node.id, field: "queue" })];
}
