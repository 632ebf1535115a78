import { ZFlowSettingsSchema, ZLooseFlowGraphSchema, type TBusinessHours } from "../model/graph";
import type { CompileError } from "../model/plan";
import { compileError, quote, type CompileEdge, type CompileGraph, type CompileNode } from "./context";
import { parseNode } from "./parse-nodes";
import { PARSE_OPTIONS, describeIssues } from "./zod-issues";

/**
 * First pass: the loose shape (nodes, edges, settings), unique ids, then each node's config on its
 * own. Only a graph too malformed to walk (no node list, nodes without ids) stops compilation here.
 */
export function parseGraph(input: unknown): { graph: CompileGraph | undefined; errors: CompileError[] } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { graph: undefined, errors: [compileError({ code: "invalid-graph", message: "This is not a flow graph: expected an object with nodes and edges" })] };
  }
  const loose = ZLooseFlowGraphSchema.safeParse(input, PARSE_OPTIONS);
  if (!loose.success) {
    const errors = describeIssues(loose.error.issues, input, "the graph").map((issue) =>
      compileError({
        code: "invalid-graph",
        message: `The flow graph is malformed: ${issue.message}`,
        nodeId: idAt(input, issue.field),
        field: issue.field || undefined,
      }),
    );
    return { graph: undefined, errors };
  }

  const errors: CompileError[] = [];
  const nodes: CompileNode[] = [];
  const byId = new Map<string, CompileNode>();
  for (const raw of loose.data.nodes) {
    const first = byId.get(raw.id);
    if (first !== undefined) {
      // Later copies are dropped so edges keep pointing at the node that was drawn first.
      const message = `Two nodes share the id ${quote(raw.id)} (${first.name} and a ${raw.type} node); node ids must be unique`;
      errors.push(compileError({ code: "duplicate-node-id", message, nodeId: raw.id }));
      continue;
    }
    const { node, errors: nodeErrors } = parseNode(raw, nodes.length);
    nodes.push(node);
    byId.set(node.id, node);
    errors.push(...nodeErrors);
  }

  const edges: CompileEdge[] = [];
  const edgeIds = new Set<string>();
  for (const raw of loose.data.edges) {
    if (edgeIds.has(raw.id)) {
      const message = `Two connections share the id ${quote(raw.id)}; connection ids must be unique`;
      errors.push(compileError({ code: "duplicate-edge-id", message, edgeId: raw.id, nodeId: byId.has(raw.source) ? raw.source : undefined }));
      continue;
    }
    edgeIds.add(raw.id);
    edges.push({ index: edges.length, id: raw.id, source: raw.source, target: raw.target, sourceHandle: raw.sourceHandle ?? undefined });
  }

  const settings = parseSettings(loose.data.settings);
  errors.push(...settings.errors);
  return { graph: { nodes, byId, edges, businessHours: settings.businessHours }, errors };
}

function parseSettings(raw: unknown): { businessHours: TBusinessHours | undefined; errors: CompileError[] } {
  const result = ZFlowSettingsSchema.safeParse(raw ?? {}, PARSE_OPTIONS);
  if (result.success) return { businessHours: result.data.businessHours, errors: [] };
  const errors = describeIssues(result.error.issues, raw, "the value").map((issue) =>
    compileError({ code: "invalid-config", message: `Flow settings: ${issue.message}`, field: issue.field ? `settings.${issue.field}` : "settings" }),
  );
  return { businessHours: undefined, errors };
}

/** The id of the node an issue path like "nodes.3.data" points into, when that node has one. */
function idAt(input: object, field: string): string | undefined {
  const match = /^nodes\.(\d+)\b/.exec(field);
  if (match === null) return undefined;
  const nodes = (input as { nodes?: unknown }).nodes;
  const id = Array.isArray(nodes) ? (nodes[Number(match[1])] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}
