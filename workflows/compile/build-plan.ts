import { kindDef } from "../kinds";
import type { TNodeKind } from "../model/nodes";
import { PLAN_VERSION, type FlowPlan, type PlanNode } from "../model/plan";
import type { CompileGraph, CompileNode, ParsedConfig, ParsedConfigOf, WiredEdge } from "./context";
import { planLabel } from "./describe-node";

/**
 * Builds the plan from a graph that passed every check. Keys follow the drawing (nodes in graph order,
 * outputs in their kind's order), so the same graph always yields byte-identical JSON.
 */
export function buildPlan(graph: CompileGraph, wired: readonly WiredEdge[]): FlowPlan {
  const targets = new Map<string, string>();
  for (const edge of wired) targets.set(`${edge.source}\u0000${edge.handle}`, edge.target);

  const entry: Array<[string, string]> = [];
  const nodes: Array<[string, PlanNode]> = [];
  for (const node of graph.nodes) {
    const parsed = node.parsed;
    if (parsed === undefined) throw new Error(`buildPlan: node ${node.id} has no parsed config; run the checks first`);
    if (parsed.kind === "trigger") entry.push([parsed.data.on, node.id]);
    nodes.push([node.id, planNode(node, parsed, nextOf(node, targets))]);
  }
  const plan: FlowPlan = {
    planVersion: PLAN_VERSION,
    entry: Object.fromEntries(entry),
    // fromEntries defines own properties, so even an id like "__proto__" stays an ordinary key.
    nodes: Object.fromEntries(nodes),
  };
  if (graph.businessHours !== undefined) plan.businessHours = graph.businessHours;
  return plan;
}

function nextOf(node: CompileNode, targets: ReadonlyMap<string, string>): Record<string, string> {
  const next: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const handle of node.handles ?? []) {
    const target = targets.get(`${node.id}\u0000${handle.id}`);
    if (target === undefined || seen.has(handle.id)) continue;
    seen.add(handle.id);
    next.push([handle.id, target]);
  }
  return Object.fromEntries(next);
}

function planNode(node: CompileNode, parsed: ParsedConfig, next: Record<string, string>): PlanNode {
  const durationMs = durationOf(parsed);
  // `parsed` pairs each kind with its own config, which is exactly what PlanNode requires.
  const base = { id: node.id, type: parsed.kind, label: planLabel(parsed), config: parsed.data, next } as PlanNode;
  return durationMs === undefined ? base : { ...base, durationMs };
}

function durationOf<K extends TNodeKind>(parsed: ParsedConfigOf<K>): number | undefined {
  return kindDef(parsed.kind).durationMs?.(parsed.data);
}
