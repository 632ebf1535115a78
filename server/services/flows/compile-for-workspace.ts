import "server-only";
import type { PrismaClient } from "@prisma/client";
import { compile } from "../../../workflows/compile";
import type { CompileResult } from "../../../workflows/model/plan";

/** Queue names that exist in the workspace: routes and escalations to any other queue are compile errors. */
export async function workspaceQueues(prisma: PrismaClient): Promise<string[]> {
  const queues = await prisma.queue.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return queues.map((q) => q.name);
}

/** Compiles a graph against this workspace (its queues), the same way for drafts, publishing and rollback. */
export async function compileForWorkspace(prisma: PrismaClient, graph: unknown): Promise<CompileResult> {
  return compile(graph, { knownQueues: await workspaceQueues(prisma) });
}
