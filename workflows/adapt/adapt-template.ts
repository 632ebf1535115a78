import { ZFlowGraphSchema, type TFlowGraph, type TFlowNode } from "../model/graph";
import { unknownIntentLabels } from "../lint/unknown-intent-labels";
import { bypass, pruneUnreachable, type TMutableGraph } from "./graph-surgery";
import { isRouteSwitch, rewriteRouteSwitch, routeAssignments, type TRouteAssignment } from "./route-switch";
import { labelTranslator, translateTree, type TTranslate } from "./translate-rules";
import { fallbackQueueOf, labelProfiles, type TTemplateVocabulary } from "./vocabulary";

export interface TAdaptOptions {
  /** The most team cases a routing switch gets; smaller teams' intents take the fallback. */
  maxCases?: number;
}

export interface TTemplateAdaptation {
  graph: TFlowGraph;
  /** False when the template already names only labels the classifier gives: it is then left as written. */
  changed: boolean;
  /** What changed, in sentences for the person choosing the template. */
  notes: string[];
  /** Each routing switch rewritten: its teams in case order, and where everything else goes. */
  routes: Array<{ nodeId: string; assignments: TRouteAssignment[]; fallbackQueue: string }>;
}

const DEFAULT_MAX_CASES = 10;

/**
 * Adapts an example flow to the workspace, so it opens without a single intent-label warning. Only the nodes
 * that name labels the classifier never gives change: a switch that routes to teams by intent gets one case
 * per team from the history (its busiest intents, each to the queue that handled most of its tickets); any
 * other rule on the intent is translated into the classifier's labels (see translateTree). Pure and
 * deterministic: the same template and vocabulary give the same graph, node ids kept wherever a node stays.
 */
export function adaptTemplate(template: TFlowGraph, vocab: TTemplateVocabulary, opts: TAdaptOptions = {}): TTemplateAdaptation {
  const known = new Set(vocab.labels);
  const unknown = unknownIntentLabels(template, known);
  if (unknown.length === 0) return { graph: template, changed: false, notes: [], routes: [] };

  const graph = JSON.parse(JSON.stringify(template)) as TMutableGraph;
  const fallbackQueue = fallbackQueueOf(vocab);
  const profiles = labelProfiles(vocab, fallbackQueue ?? "");
  const translate = labelTranslator(vocab, profiles);
  const notes: string[] = [];
  const routes: TTemplateAdaptation["routes"] = [];

  for (const nodeId of new Set(unknown.map((u) => u.nodeId))) {
    const node = graph.nodes.find((n) => n.id === nodeId);
    if (node === undefined) continue; // taken out with an earlier node's branch
    if (fallbackQueue !== null && isRouteSwitch(graph, node)) {
      const { assignments, overflow } = routeAssignments(profiles, fallbackQueue, opts.maxCases ?? DEFAULT_MAX_CASES);
      rewriteRouteSwitch(graph, nodeId, assignments, { fallback: fallbackQueue, known: vocab.queues });
      routes.push({ nodeId, assignments, fallbackQueue });
      const queueOf = new Map(assignments.flatMap((a) => a.labels.map((l) => [l, a.queue] as const)));
      const biggest = profiles.filter((p) => queueOf.has(p.label)).slice(0, 3).map((p) => `${p.label} → ${queueOf.get(p.label)}`);
      notes.push(routeNote(nameOf(node), assignments, biggest, overflow.length, fallbackQueue));
    } else {
      notes.push(...translateNode(graph, node, translate, known, vocab.source));
    }
  }
  pruneUnreachable(graph);
  return { graph: ZFlowGraphSchema.parse(graph), changed: true, notes, routes };
}

/** Rewrites the intent rules and maps of one node; a case or condition that can never hold is taken out. */
function translateNode(graph: TMutableGraph, node: TFlowNode, translate: TTranslate, known: ReadonlySet<string>, source: string): string[] {
  const notes: string[] = [];
  const never = `none of ${source}'s intents is mostly such tickets`;
  switch (node.type) {
    case "switch": {
      const cases = node.data.cases.flatMap((c) => {
        const verdict = translateTree(c.rules, translate, known);
        if (verdict.kind === "never") {
          notes.push(`${quote(nameOf(node))}: the case ${quote(c.label)} was left out: ${never}.`);
          graph.edges = graph.edges.filter((e) => !(e.source === node.id && e.sourceHandle === c.id));
          return [];
        }
        // A case that now always holds would swallow the rest: leave it as written for a person to decide.
        return verdict.kind === "keep" && verdict.tree.kind === "group" ? [{ ...c, rules: verdict.tree }] : [c];
      });
      node.data = { ...node.data, cases };
      if (cases.length === 0) bypass(graph, node.id, "fallback");
      break;
    }
    case "condition": {
      const verdict = translateTree(node.data.rules, translate, known);
      if (verdict.kind === "keep" && verdict.tree.kind === "group") node.data = { ...node.data, rules: verdict.tree };
      else if (verdict.kind !== "keep") {
        notes.push(`${quote(nameOf(node))} was left out (it would always be ${verdict.kind === "never" ? "false" : "true"}): ${never}.`);
        bypass(graph, node.id, verdict.kind === "never" ? "false" : "true");
      }
      break;
    }
    case "score-priority": {
      const boosts = node.data.boosts.flatMap((b) => {
        const verdict = translateTree(b.rules, translate, known);
        if (verdict.kind === "never") return [];
        return verdict.kind === "keep" && verdict.tree.kind === "group" ? [{ ...b, rules: verdict.tree }] : [b];
      });
      node.data = { ...node.data, boosts };
      break;
    }
    case "classify-intent":
    case "ai-reply":
      node.data = { ...node.data, thresholdsByIntent: knownKeys(node.data.thresholdsByIntent, known) };
      break;
    case "set-tier":
      node.data = { ...node.data, byIntent: knownKeys(node.data.byIntent, known) };
      break;
    default:
      break;
  }
  return notes;
}

function knownKeys<V>(map: Record<string, V>, known: ReadonlySet<string>): Record<string, V> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => known.has(k)));
}

function routeNote(name: string, assignments: readonly TRouteAssignment[], biggest: readonly string[], overflow: number, fallbackQueue: string): string {
  if (assignments.length === 0) return `${quote(name)} sends every ticket to ${fallbackQueue}: no intent belongs to another team.`;
  const labels = assignments.reduce((n, a) => n + a.labels.length, 0);
  const teams = `${assignments.length} ${assignments.length === 1 ? "team" : "teams"}`;
  const more = overflow > 0 ? ` (and ${overflow} of smaller teams)` : "";
  return `${quote(name)} routes ${labels} ${labels === 1 ? "intent" : "intents"} to ${teams}; the biggest: ${biggest.join(", ")}. Anything else${more} goes to ${fallbackQueue}.`;
}

const nameOf = (node: TFlowNode) => node.data.label ?? node.id;
const quote = (text: string) => `"${text}"`;
