import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ZLooseFlowGraphSchema, type TLooseFlowGraph } from "@/workflows/model";
import { authedProcedure } from "@/server/api/trpc";
import { compileForWorkspace } from "@/server/services/flows/compile-for-workspace";
import { contentHash } from "@/server/services/flows/content-hash";
import { getLiveFlowId } from "@/server/services/flows/live-flow";

export const ZGetFlowInput = z.object({ id: z.string().min(1) });

/**
 * The graph shown read-only on the flow page: the active version's, or the working draft when nothing
 * is published yet. A graph that does not parse is reported, not hidden.
 */
export type ShownGraph =
  | { source: "active"; versionNumber: number; graph: TLooseFlowGraph }
  | { source: "draft"; versionNumber: null; graph: TLooseFlowGraph }
  | { source: "active" | "draft"; versionNumber: number | null; graph: null; error: string };

function showGraph(source: "active" | "draft", versionNumber: number | null, json: unknown): ShownGraph {
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

export const getFlow = authedProcedure("flows.read").input(ZGetFlowInput).query(async ({ ctx, input }) => {
  const flow = await ctx.prisma.flow.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      updatedAt: true,
      draftGraph: true,
      activeVersionId: true,
      shadowVersionId: true,
      activeVersion: { select: { number: true, graph: true, contentHash: true } },
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          author: true,
          message: true,
          contentHash: true,
          createdAt: true,
          publishedAt: true,
        },
      },
    },
  });
  if (!flow) throw new TRPCError({ code: "NOT_FOUND", message: `There is no flow with id "${input.id}".` });

  const { draftGraph, activeVersion, versions, ...rest } = flow;
  // The editor's inputs: the draft as saved, every compile error of it against this workspace's queues,
  // and whether it differs from the active version (the hash is over content, so key order is irrelevant).
  const draft = ZLooseFlowGraphSchema.safeParse(draftGraph);
  const [compiled, liveFlowId] = await Promise.all([compileForWorkspace(ctx.prisma, draftGraph), getLiveFlowId(ctx.prisma)]);
  const draftHash = contentHash(draftGraph);
  const liveFlow =
    liveFlowId === null || liveFlowId === flow.id
      ? null
      : await ctx.prisma.flow.findUnique({ where: { id: liveFlowId }, select: { id: true, name: true } });
  return {
    ...rest,
    live: flow.id === liveFlowId,
    /** The flow new tickets run on now, when it is another one (for "Make live"'s confirmation). */
    liveFlow,
    /** The saved draft; null only if a stored draft is not even a loose graph (then draftErrors says why). */
    draftGraph: draft.success ? draft.data : null,
    draftErrors: compiled.ok ? [] : compiled.errors,
    draftHash,
    draftMatchesActive: activeVersion !== null && activeVersion.contentHash === draftHash,
    versions: versions.map((v) => ({
      ...v,
      isActive: v.id === flow.activeVersionId,
      isShadow: v.id === flow.shadowVersionId,
    })),
    shownGraph: activeVersion
      ? showGraph("active", activeVersion.number, activeVersion.graph)
      : showGraph("draft", null, draftGraph),
  };
});
