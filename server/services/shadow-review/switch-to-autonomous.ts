import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ZLooseFlowGraphSchema } from "../../../workflows/model/graph";
import { contentHash } from "../flows/content-hash";
import { ServiceError } from "../lib/service-error";
import { saveDraft } from "../flows/save-draft";

export interface SwitchResult {
  flowId: string;
  flowName: string;
  intents: string[];
  nodeIds: string[];
  /** Compile errors of the new draft: publishing refuses it until they are fixed. */
  errors: Array<{ message: string }>;
}

/**
 * Makes the flow's next draft send on its own for one intent, or for every intent reviewed in one category: the
 * flow's live graph with those intents set autonomous on the ai-reply nodes that drafted them, every other intent
 * keeping its mode. Nothing changes for tickets until a publisher publishes the draft through the normal (audited)
 * publish, where a backtest of the draft against the live version is offered first.
 */
export async function switchToAutonomous(prisma: PrismaClient, input: { scope: "intent" | "category"; value: string }): Promise<SwitchResult> {
  const drafts = await prisma.shadowDraft.findMany({
    where: input.scope === "intent" ? { intent: input.value } : { category: input.value },
    select: { intent: true, nodeId: true, versionId: true },
    orderBy: { createdAt: "desc" },
  });
  const intents = [...new Set(drafts.map((d) => d.intent).filter((i): i is string => i !== null))].sort();
  if (drafts.length === 0 || intents.length === 0) {
    throw new ServiceError("invalid", `No shadow drafts with an intent for the ${input.scope} "${input.value}": there is nothing to switch.`);
  }
  const drafting = await prisma.flowVersion.findUnique({ where: { id: drafts[0]!.versionId }, select: { flowId: true, graph: true } });
  if (drafting === null) throw new ServiceError("not-found", "The flow version that wrote these drafts no longer exists.");
  const flow = await prisma.flow.findUnique({ where: { id: drafting.flowId }, select: { id: true, name: true, draftGraph: true, activeVersion: { select: { graph: true } } } });
  if (flow === null) throw new ServiceError("not-found", "The flow that wrote these drafts no longer exists.");
  // The switch replaces the flow's draft: edits nobody has published yet would be lost without a word.
  const base = flow.activeVersion?.graph ?? drafting.graph;
  if (contentHash(flow.draftGraph) !== contentHash(base)) {
    throw new ServiceError("conflict", `“${flow.name}” has edits in its draft that are not published yet; publish or undo them in the editor first, so the switch does not overwrite them.`);
  }

  // The live version is the base, so nothing published since the drafts were written is undone.
  const graph = ZLooseFlowGraphSchema.parse(structuredClone(base));
  const drafters = new Set(drafts.map((d) => d.nodeId));
  const aiReplies = graph.nodes.filter((n) => n.type === "ai-reply");
  const targets = aiReplies.some((n) => drafters.has(n.id)) ? aiReplies.filter((n) => drafters.has(n.id)) : aiReplies;
  if (targets.length === 0) throw new ServiceError("invalid", `"${flow.name}" has no AI reply node to switch.`);
  for (const node of targets) {
    const data = { ...((node.data ?? {}) as Record<string, unknown>) };
    const modes = { ...((data.modesByIntent ?? {}) as Record<string, string>) };
    for (const intent of intents) modes[intent] = "autonomous";
    node.data = { ...data, modesByIntent: modes };
  }
  const saved = await saveDraft(prisma, { flowId: flow.id, graph });
  return { flowId: flow.id, flowName: flow.name, intents, nodeIds: targets.map((n) => n.id), errors: saved.errors.map((e) => ({ message: e.message })) };
}
