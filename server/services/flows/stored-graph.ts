import "server-only";
import { ZLooseFlowGraphSchema, type TLooseFlowGraph } from "../../../workflows/model/graph";
import { InvalidDraftError } from "./flow-errors";

/**
 * A graph read back from the database (a draft or a version) in the loose shape: node configs are not
 * checked, so a half-built draft still loads. Throws InvalidDraftError naming the bad fields otherwise.
 */
export function parseStoredGraph(json: unknown): TLooseFlowGraph {
  const parsed = ZLooseFlowGraphSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new InvalidDraftError(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })));
}
