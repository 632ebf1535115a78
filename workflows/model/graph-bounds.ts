import { settingsBoundsProblems } from "./data-bounds";
import { GRAPH_LIMITS, countText } from "./limits";

/**
 * The size limits of a whole graph, read from the raw value before any schema walks it: how many steps and
 * connections, how long their ids, how big the flow's settings and (for a draft) each step's settings. The
 * counts come first and end the check, so a graph of a hundred thousand steps costs two length reads.
 */
export interface GraphBoundsProblem {
  /** Dotted path from the graph's root ("nodes", "nodes.3.data.cases.1.label"); "" for the graph itself. */
  path: string;
  message: string;
}

export function graphBoundsProblems(input: unknown, options: { nodeData: boolean }): GraphBoundsProblem[] {
  if (typeof input !== "object" || input === null) return [];
  const { nodes, edges, settings } = input as { nodes?: unknown; edges?: unknown; settings?: unknown };
  const counts: GraphBoundsProblem[] = [];
  if (Array.isArray(nodes) && nodes.length > GRAPH_LIMITS.nodes) {
    counts.push({ path: "nodes", message: `This flow has ${countText(nodes.length)} steps; a flow can have at most ${countText(GRAPH_LIMITS.nodes)}, so split it into smaller flows` });
  }
  if (Array.isArray(edges) && edges.length > GRAPH_LIMITS.edges) {
    counts.push({ path: "edges", message: `This flow has ${countText(edges.length)} connections; a flow can have at most ${countText(GRAPH_LIMITS.edges)}, so split it into smaller flows` });
  }
  if (counts.length > 0) return counts;

  const problems: GraphBoundsProblem[] = [];
  if (Array.isArray(nodes)) {
    nodes.forEach((node, i) => {
      problems.push(...longIds(node, `nodes.${i}`, "A step", ["id", "type"]));
      if (options.nodeData && isObject(node) && node.data !== undefined) {
        const name = stepName(node, i);
        for (const p of settingsBoundsProblems(node.data)) problems.push({ path: join(`nodes.${i}.data`, p.field), message: `${name}: ${p.text}` });
      }
    });
  }
  if (Array.isArray(edges)) {
    edges.forEach((edge, i) => problems.push(...longIds(edge, `edges.${i}`, "A connection", ["id", "source", "target", "sourceHandle", "targetHandle"])));
  }
  if (settings !== undefined) {
    for (const p of settingsBoundsProblems(settings)) problems.push({ path: join("settings", p.field), message: `Flow settings: ${p.text.replace(/^its settings/, "they")}` });
  }
  return problems;
}

function longIds(value: unknown, path: string, what: string, keys: readonly string[]): GraphBoundsProblem[] {
  if (!isObject(value)) return [];
  const out: GraphBoundsProblem[] = [];
  for (const key of keys) {
    const text = value[key];
    if (typeof text === "string" && text.length > GRAPH_LIMITS.idLength) {
      const message = `${what}'s ${key === "sourceHandle" ? "output name" : key === "targetHandle" ? "input name" : key} is ${countText(text.length)} characters long; it can be at most ${GRAPH_LIMITS.idLength} characters`;
      out.push({ path: `${path}.${key}`, message });
    }
  }
  return out;
}

/** How a draft's step is named before it is parsed: by its label when it has a short one, else by its position. */
function stepName(node: Record<string, unknown>, index: number): string {
  const data = node.data;
  const label = isObject(data) && typeof data.label === "string" ? data.label.trim() : "";
  if (label.length > 0 && label.length <= 40) return `Step "${label}"`;
  const id = node.id;
  return typeof id === "string" && id.length > 0 && id.length <= 40 ? `Step "${id}"` : `Step ${index + 1}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(base: string, field: string): string {
  return field === "" ? base : `${base}.${field}`;
}
