import "server-only";
import type { PrismaClient } from "@prisma/client";
import { compile } from "../../../workflows/compile";
import type { CompileResult } from "../../../workflows/model/plan";

/** Queue names that exist in the workspace: routes and escalations to any other queue are compile errors. */
export async function workspaceQueues(prisma: PrismaClient): Promise<string[]> {
  const queues = await prisma.queue.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return queues.map((q) => q.name);
}

/** Data source names of the workspace: a lookup of any other source is a compile error. */
export async function workspaceDataSources(prisma: PrismaClient): Promise<string[]> {
  const sources = await prisma.dataSource.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return sources.map((s) => s.name);
}

/** Compiles a graph against this workspace (its queues and data sources), the same way for drafts, publishing and rollback. */
export async function compileForWorkspace(prisma: PrismaClient, graph: unknown): Promise<CompileResult> {
  const [knownQueues, knownDataSources] = await Promise.all([workspaceQueues(prisma), workspaceDataSources(prisma)]);
  return compile(graph, { knownQueues, knownDataSources });
}
