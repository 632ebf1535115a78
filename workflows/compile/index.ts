import type { CompileOptions, CompileResult } from "../model/plan";
import { buildPlan } from "./build-plan";
import { checkConfig } from "./check-config";
import { checkCycles } from "./check-cycles";
import { checkEdges } from "./check-edges";
import { checkOutputs } from "./check-outputs";
import { checkReachability } from "./check-reachability";
import { checkSize } from "./check-size";
import { checkTriggers } from "./check-triggers";
import { inNodeOrder } from "./context";
import { parseGraph } from "./parse-graph";

export { kindTitle } from "./describe-node";

/**
 * Validates a saved flow graph and compiles it to the plan the interpreter runs. Pure and
 * deterministic (the Temporal workflow bundle and the browser import it), and it reports every
 * problem at once, ordered by check and then by node, so the studio can mark them all on the canvas.
 */
export function compile(graph: unknown, options: CompileOptions = {}): CompileResult {
  const tooLarge = checkSize(graph);
  if (tooLarge.length > 0) return { ok: false, errors: tooLarge };
  const parsed = parseGraph(graph);
  if (parsed.graph === undefined) return { ok: false, errors: parsed.errors };
  const g = parsed.graph;

  const edges = checkEdges(g);
  const errors = [
    parsed.errors,
    edges.errors,
    checkTriggers(g),
    checkOutputs(g),
    checkReachability(g, edges.linked),
    checkCycles(g, edges.linked),
    checkConfig(g, options),
  ].flatMap((list) => inNodeOrder(list, g));

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, plan: buildPlan(g, edges.wired) };
}
