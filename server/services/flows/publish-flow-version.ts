import type { Prisma, PrismaClient } from "@prisma/client";
import { compile } from "../../../workflows/compile";
import type { CompileError } from "../../../workflows/model/plan";
import { contentHash } from "./content-hash";

export class FlowCompileError extends Error {
  constructor(readonly errors: CompileError[]) {
    super(`The flow does not compile: ${errors.map((e) => `${e.nodeId ?? e.edgeId ?? "graph"}: ${e.message}`).join("; ")}`);
  }
}

/**
 * Freezes a graph into a new immutable FlowVersion (graph, compiled plan, content hash) and makes it
 * the flow's active version. Refuses a graph that does not compile, naming every error.
 */
export async function publishFlowVersion(
  prisma: PrismaClient,
  input: { flowId: string; graph: unknown; author: string; message?: string },
): Promise<{ id: string; number: number; contentHash: string }> {
  const queues = await prisma.queue.findMany({ select: { name: true } });
  const compiled = compile(input.graph, { knownQueues: queues.map((q) => q.name) });
  if (!compiled.ok) throw new FlowCompileError(compiled.errors);
  const hash = contentHash(input.graph);
  return prisma.$transaction(async (tx) => {
    const last = await tx.flowVersion.findFirst({ where: { flowId: input.flowId }, orderBy: { number: "desc" }, select: { number: true } });
    const now = new Date();
    const previous = await tx.flow.findUniqueOrThrow({ where: { id: input.flowId }, select: { activeVersionId: true } });
    if (previous.activeVersionId !== null) {
      await tx.flowVersion.update({ where: { id: previous.activeVersionId }, data: { status: "retired" } });
    }
    const version = await tx.flowVersion.create({
      data: {
        flowId: input.flowId,
        number: (last?.number ?? 0) + 1,
        graph: input.graph as Prisma.InputJsonValue,
        plan: compiled.plan as unknown as Prisma.InputJsonValue,
        contentHash: hash,
        status: "published",
        author: input.author,
        message: input.message ?? "",
        publishedAt: now,
      },
    });
    await tx.flow.update({ where: { id: input.flowId }, data: { activeVersionId: version.id } });
    await tx.auditLog.create({ data: { actor: input.author, action: "flow.publish", subject: input.flowId, details: { version: version.number, contentHash: hash } } });
    return { id: version.id, number: version.number, contentHash: hash };
  });
}
