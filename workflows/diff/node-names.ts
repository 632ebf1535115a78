import { kindTitle } from "../compile/describe-node";
import { isNodeKind } from "../model/nodes";
import type { DiffableGraph } from "./diff-graphs";

/**
 * A display name for every node of the given graphs ("Route by intent", or "Switch" when unlabelled),
 * so a diff can say which node changed in words; later graphs win for nodes present in several.
 */
export function nodeNames(...graphs: DiffableGraph[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const data = node.data as { label?: unknown } | undefined;
      const label = typeof data?.label === "string" && data.label.trim() !== "" ? data.label : undefined;
      names[node.id] = label ?? (isNodeKind(node.type) ? kindTitle(node.type) : node.type);
    }
  }
  return names;
}
