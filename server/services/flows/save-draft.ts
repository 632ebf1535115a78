import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { ZLooseFlowGraphSchema } from "../../../workflows/model/graph";
import { graphBoundsProblems } from "../../../workflows/model/graph-bounds";
import type { CompileError } from "../../../workflows/model/plan";
import { compileForWorkspace } from "./compile-for-workspace";
import { contentHash } from "./content-hash";
import { DraftTooLargeError, FlowNotFoundError, InvalidDraftError } from "./flow-errors";
import { planSizeErrors } from "./plan-size";

/**
 * Saves the studio's working copy. Only the loose shape is required (nodes with ids and types, edges),
 * so a half-built flow saves and nothing the user drew is lost; the compile result comes back so the
 * editor can pin every error to its node. Published versions are separate rows and are never touched.
 * Not audited: autosave runs every few seconds; publishing is what the audit log records.
 */
export async function saveDraft(
  prisma: PrismaClient,
  input: { flowId: string; graph: unknown },
): Promise<{ updatedAt: Date; contentHash: string; errors: CompileError[] }> {
  // The size limits first, on the raw value, so an oversized draft costs nothing more than measuring it.
  const tooLarge = graphBoundsProblems(input.graph, { nodeData: true });
  if (tooLarge.length > 0) throw new DraftTooLargeError(tooLarge.map((p) => p.message));
  const parsed = ZLooseFlowGraphSchema.safeParse(input.graph);
  if (!parsed.success) {
    throw new InvalidDraftError(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })));
  }
  // The parsed value, so React Flow's UI state on nodes (selected, measured, dragging) is not persisted.
  const graph = parsed.data;
  const exists = await prisma.flow.findUnique({ where: { id: input.flowId }, select: { id: true } });
  if (exists === null) throw new FlowNotFoundError(input.flowId);

  const compiled = await compileForWorkspace(prisma, graph);
  const saved = await prisma.flow.update({
    where: { id: input.flowId },
    // updatedAt is @updatedAt, so every save moves it (the flows list sorts by it).
    data: { draftGraph: graph as unknown as Prisma.InputJsonValue },
    select: { updatedAt: true },
  });
  // A plan too large to publish is said while editing, as a problem of the whole graph.
  return { updatedAt: saved.updatedAt, contentHash: contentHash(graph), errors: compiled.ok ? planSizeErrors(compiled.plan) : compiled.errors };
}
