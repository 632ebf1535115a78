import "server-only";
import type { PrismaClient } from "@prisma/client";
import { nodeNames } from "../../../workflows/diff";
import { unknownIntentLabels } from "../../../workflows/lint/unknown-intent-labels";
import type { TLooseFlowGraph } from "../../../workflows/model/graph";
import { workspaceIntentLabels } from "../intent-models/intent-labels";

/** Something about a flow worth reading before it goes out, though it compiles: which node, and what it means. */
export interface TReleaseWarning {
  nodeId: string;
  /** The node's label (or its kind's title), as the editor shows it. */
  node: string;
  message: string;
}

/**
 * The warnings the editor shows for a graph, computed on the server so publish and make-live can say them:
 * intents a rule or a map names that the workspace's classifier never answers with (such a rule decides the
 * same way for every ticket).
 */
export async function releaseWarnings(prisma: PrismaClient, graph: TLooseFlowGraph): Promise<TReleaseWarning[]> {
  const intents = await workspaceIntentLabels(prisma);
  // No labels known (OpenAI without a model and no categorised history): nothing to check against.
  if (intents.labels.length === 0) return [];
  const names = nodeNames(graph);
  return unknownIntentLabels(graph, new Set(intents.labels)).map(({ nodeId, label }) => ({
    nodeId,
    node: names[nodeId] ?? nodeId,
    message: `“${names[nodeId] ?? nodeId}” names the intent “${label}”, which ${intents.source} never answers with, so that rule decides the same way for every ticket.`,
  }));
}
