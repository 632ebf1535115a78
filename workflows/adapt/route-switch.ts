import type { TFlowNode } from "../model/graph";
import type { TNodeData } from "../model/nodes";
import type { TRuleGroup, TRuleNode } from "../model/rules";
import { bypass, connect, targetOf, uniqueId, type TMutableGraph } from "./graph-surgery";
import { compare, type TLabelProfile } from "./vocabulary";

/** One team's case: the queue, and the labels whose tickets belong there, biggest first. */
export interface TRouteAssignment {
  queue: string;
  labels: string[];
  volume: number;
}

type TSwitchCase = TNodeData<"switch">["cases"][number];

/**
 * The labels grouped by the queue they belong in, the busiest queue first, leaving out the fallback queue
 * (its labels take the switch's fallback). More than `maxCases` teams would make an unreadable switch: the
 * smallest ones' labels go to the fallback too, and are returned so the notes can say so.
 */
export function routeAssignments(profiles: readonly TLabelProfile[], fallbackQueue: string, maxCases: number): { assignments: TRouteAssignment[]; overflow: string[] } {
  const byQueue = new Map<string, TRouteAssignment>();
  for (const p of profiles) {
    if (p.queue === fallbackQueue) continue;
    const a = byQueue.get(p.queue) ?? { queue: p.queue, labels: [], volume: 0 };
    a.labels.push(p.label);
    a.volume += p.volume;
    byQueue.set(p.queue, a);
  }
  const ranked = [...byQueue.values()].sort((a, b) => b.volume - a.volume || compare(a.queue, b.queue));
  return { assignments: ranked.slice(0, maxCases), overflow: ranked.slice(maxCases).flatMap((a) => a.labels) };
}

/** A rule tree that tests nothing but the intent label. */
export function onlyIntentRules(tree: TRuleNode): boolean {
  return tree.kind === "group" ? tree.rules.length > 0 && tree.rules.every(onlyIntentRules) : tree.field === "intent.label";
}

/** A switch that sends tickets to teams by intent: it has intent cases, and each of them leads straight to a route. */
export function isRouteSwitch(graph: TMutableGraph, node: TFlowNode): boolean {
  if (node.type !== "switch") return false;
  const intentCases = node.data.cases.filter((c) => onlyIntentRules(c.rules));
  const typeOf = (id: string | undefined) => graph.nodes.find((n) => n.id === id)?.type;
  return intentCases.length > 0 && intentCases.every((c) => typeOf(targetOf(graph, node.id, c.id)) === "route");
}

/**
 * Replaces a routing switch's intent cases with one case per team, each to a route to its queue. A team the
 * template already had keeps its case (id, name) and its route node (settings such as skills); other cases
 * (e.g. "Enterprise account") stay where they were. The routes are stacked in the column the template's
 * routes stood in, around its middle, in the order of the switch's outputs, so the canvas reads top to bottom.
 */
export function rewriteRouteSwitch(
  graph: TMutableGraph,
  switchId: string,
  assignments: readonly TRouteAssignment[],
  queues: { fallback: string; known: readonly string[] },
): void {
  const node = graph.nodes.find((n) => n.id === switchId);
  if (node?.type !== "switch") return;
  const routeOf = (id: string | undefined) => graph.nodes.find((n): n is Extract<TFlowNode, { type: "route" }> => n.id === id && n.type === "route");
  const before = node.data.cases;
  const replaced = before.filter((c) => onlyIntentRules(c.rules));
  const column = columnOf(node, [...before.map((c) => targetOf(graph, switchId, c.id)), targetOf(graph, switchId, "fallback")].flatMap((id) => routeOf(id) ?? []));
  const onward = [routeOf(targetOf(graph, switchId, "fallback")), ...before.map((c) => routeOf(targetOf(graph, switchId, c.id)))]
    .map((r) => (r === undefined ? undefined : targetOf(graph, r.id, "next")))
    .find((t) => t !== undefined);

  const oldCaseByQueue = new Map<string, { c: TSwitchCase; route: string }>();
  for (const c of replaced) {
    const route = routeOf(targetOf(graph, switchId, c.id));
    if (route !== undefined && !oldCaseByQueue.has(route.data.queue)) oldCaseByQueue.set(route.data.queue, { c, route: route.id });
  }
  const takenIds = new Set(["fallback", ...before.filter((c) => !replaced.includes(c)).map((c) => c.id)]);
  const generated = assignments.map((a) => {
    const old = oldCaseByQueue.get(a.queue);
    const id = uniqueId(old?.c.id ?? slug(a.queue), takenIds);
    takenIds.add(id);
    return { case: { id, label: old?.c.label ?? humanise(a.queue), rules: labelRules(a.labels) }, route: old?.route ?? addRoute(graph, a.queue, onward) };
  });

  // The team cases go where the first intent case was: a case before them (e.g. enterprise) still wins first.
  const at = Math.max(0, before.findIndex((c) => replaced.includes(c)));
  const kept = before.filter((c) => !replaced.includes(c));
  node.data = { ...node.data, cases: [...kept.slice(0, at), ...generated.map((g) => g.case), ...kept.slice(at)] };
  graph.edges = graph.edges.filter((e) => !(e.source === switchId && replaced.some((c) => c.id === e.sourceHandle)));
  for (const g of generated) connect(graph, switchId, g.case.id, g.route);

  // A workspace without the template's fallback queue (its "general") gets its own.
  const fallbackRoute = routeOf(targetOf(graph, switchId, "fallback"));
  if (fallbackRoute !== undefined && !queues.known.includes(fallbackRoute.data.queue)) {
    fallbackRoute.data = { ...fallbackRoute.data, queue: queues.fallback, label: `To ${queues.fallback}` };
  }
  if (node.data.cases.length === 0) return bypass(graph, switchId, "fallback");
  stack(graph, switchId, column);
}

function labelRules(labels: readonly string[]): TRuleGroup {
  const rule: TRuleNode =
    labels.length === 1 ? { kind: "rule", field: "intent.label", op: "equals", value: labels[0]! } : { kind: "rule", field: "intent.label", op: "in", values: [...labels] };
  return { kind: "group", match: "any", rules: [rule] };
}

function addRoute(graph: TMutableGraph, queue: string, onward: string | undefined): string {
  const id = uniqueId(`route-${slug(queue)}`, new Set(graph.nodes.map((n) => n.id)));
  graph.nodes.push({ id, type: "route", position: { x: 0, y: 0 }, data: { label: `To ${queue}`, queue, strategy: "round-robin", skills: [] } });
  if (onward !== undefined) connect(graph, id, "next", onward);
  return id;
}

interface TColumn {
  x: number;
  /** The column stays centred where the template's was, so the switch still faces the middle of its routes. */
  middle: number;
  step: number;
}

const DEFAULT_STEP = 140;

function columnOf(sw: TFlowNode, routes: readonly TFlowNode[]): TColumn {
  const ys = [...new Set(routes.map((r) => r.position.y))].sort((a, b) => a - b);
  const gaps = ys.slice(1).map((y, i) => y - ys[i]!);
  return {
    x: routes[0]?.position.x ?? sw.position.x + 320,
    middle: ys.length > 0 ? (ys[0]! + ys[ys.length - 1]!) / 2 : sw.position.y,
    step: gaps.length > 0 ? Math.min(...gaps) : DEFAULT_STEP,
  };
}

/** Puts the switch's route targets one under the other, in the order of its outputs. */
function stack(graph: TMutableGraph, switchId: string, column: TColumn): void {
  const node = graph.nodes.find((n) => n.id === switchId);
  if (node?.type !== "switch") return;
  const targets = [...node.data.cases.map((c) => c.id), "fallback"].map((h) => targetOf(graph, switchId, h));
  const routes = [...new Set(targets)].flatMap((id) => graph.nodes.filter((n) => n.id === id && n.type === "route"));
  const top = column.middle - ((routes.length - 1) * column.step) / 2;
  routes.forEach((r, i) => (r.position = { x: column.x, y: Math.round(top + i * column.step) }));
}

const slug = (queue: string) =>
  queue
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "queue";

const humanise = (queue: string) => {
  const words = queue.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
