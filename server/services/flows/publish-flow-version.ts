import "server-only";
import type { PrismaClient } from "@prisma/client";
import { contentHash } from "./content-hash";
import { FlowNotFoundError, FlowStateError } from "./flow-errors";
import { writeFlowVersion, type WrittenFlowVersion } from "./write-flow-version";

// Callers (seed, tests) have long imported the error from here.
export { FlowCompileError } from "./flow-errors";

/**
 * Freezes a graph into a new immutable FlowVersion (graph, compiled plan, content hash) and makes it
 * the flow's active version: new tickets start on it, tickets already running keep theirs (the plan is
 * workflow input). Refuses a graph that does not compile (FlowCompileError naming every error) and a
 * graph identical to the active version (FlowStateError: it would add a version that changes nothing).
 */
export async function publishFlowVersion(
  prisma: PrismaClient,
  input: { flowId: string; graph: unknown; author: string; message?: string },
): Promise<WrittenFlowVersion> {
  return writeFlowVersion(prisma, {
    flowId: input.flowId,
    graph: input.graph,
    actor: input.author,
    message: input.message ?? "",
    role: "active",
    audit: { action: "flow.publish" },
  });
}

/**
 * Publishes the flow's saved draft, which is what the studio shows (it autosaves before publishing).
 * With `draftHash` (from flows.get or the last saveDraft), a draft that changed since (another tab, a
 * late autosave) is refused instead of publishing something the user has not seen.
 */
export async function publishDraft(
  prisma: PrismaClient,
  input: { flowId: string; actor: string; message?: string; draftHash?: string },
): Promise<WrittenFlowVersion> {
  const graph = await loadDraft(prisma, input.flowId, input.draftHash);
  return publishFlowVersion(prisma, { flowId: input.flowId, graph, author: input.actor, message: input.message });
}

/** The saved draft, checked against the hash the caller last saw when one is given. */
export async function loadDraft(prisma: PrismaClient, flowId: string, expectedHash?: string): Promise<unknown> {
  const flow = await prisma.flow.findUnique({ where: { id: flowId }, select: { draftGraph: true } });
  if (flow === null) throw new FlowNotFoundError(flowId);
  if (expectedHash !== undefined && contentHash(flow.draftGraph) !== expectedHash) {
    throw new FlowStateError("The draft changed since you last loaded it (another tab or a later save); reload it and publish again.");
  }
  return flow.draftGraph;
}
