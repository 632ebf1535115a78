import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { createFlow } from "./create-flow";
import { saveDraft } from "./save-draft";

/** Shared by the flow services' integration tests: the database is shared, so every flow gets a unique name. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A flow created from a template (its draft is the example graph), with a unique name. */
export async function flowFromTemplate(prisma: PrismaClient, template: string, prefix = template): Promise<{ id: string; name: string }> {
  return createFlow(prisma, { name: uniqueName(prefix), template, actor: "test" });
}

export async function draftOf(prisma: PrismaClient, flowId: string): Promise<TFlowGraph> {
  const flow = await prisma.flow.findUniqueOrThrow({ where: { id: flowId }, select: { draftGraph: true } });
  return flow.draftGraph as unknown as TFlowGraph;
}

/** Changes one node's data in the saved draft and saves it, the way the editor would. */
export async function editDraftNode(prisma: PrismaClient, flowId: string, nodeId: string, patch: Record<string, unknown>): Promise<void> {
  const graph = await draftOf(prisma, flowId);
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (node === undefined) throw new Error(`The draft of ${flowId} has no node ${nodeId}`);
  Object.assign(node.data, patch);
  await saveDraft(prisma, { flowId, graph });
}

export async function auditRows(prisma: PrismaClient, flowId: string) {
  return prisma.auditLog.findMany({ where: { subject: flowId }, orderBy: { createdAt: "asc" }, select: { actor: true, action: true, details: true } });
}
