import { kindDef } from "../kinds";
import type { TNodeKind } from "../model/nodes";
import type { CompileError, CompileOptions } from "../model/plan";
import type { CompileGraph, CompileNode, ParsedConfigOf } from "./context";

/**
 * What each kind's schema cannot check on its own: queues that exist in the workspace, rule trees
 * against the field catalogue, durations that parse, switch cases whose ids name distinct outputs.
 * Each kind says what it checks (see `workflows/kinds/`).
 */
export function checkConfig(graph: CompileGraph, options: CompileOptions): CompileError[] {
  return graph.nodes.flatMap((node) => (node.parsed === undefined ? [] : checkNode(node, node.parsed, options)));
}

function checkNode<K extends TNodeKind>(node: CompileNode, parsed: ParsedConfigOf<K>, options: CompileOptions): CompileError[] {
  return kindDef(parsed.kind).check?.(node, parsed.data, options) ?? [];
}
