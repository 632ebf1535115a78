import "server-only";
import { ZLooseFlowGraphSchema, type TLooseFlowGraph } from "../../../workflows/model";

/**
 * The graph shown read-only on the flow page: the active version's, or the working draft when nothing
 * is published yet. A graph that does not parse is reported, not hidden.
 */
export type ShownGraph =
  | { source: "active"; versionNumber: number; graph: TLooseFlowGraph }
  | { source: "draft"; versionNumber: null; graph: TLooseFlowGraph }
  | { source: "active" | "draft"; versionNumber: number | null; graph: null; error: string };

export function showGraph(source: "active" | "draft", versionNumber: number | null, json: unknown): ShownGraph {
  const parsed = ZLooseFlowGraphSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join(".")}` : "";
    return { source, versionNumber, graph: null, error: `The stored graph is not valid${where}: ${first?.message ?? "unknown error"}` };
  }
  return source === "active"
    ? { source, versionNumber: versionNumber ?? 0, graph: parsed.data }
    : { source, versionNumber: null, graph: parsed.data };
}
