import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ZLooseFlowGraphSchema } from "../../../workflows/model";
import { compileForWorkspace } from "./compile-for-workspace";
import { contentHash } from "./content-hash";
import { FlowNotFoundError } from "./flow-errors";
import { getLiveFlowId } from "./live-flow";
import { showGraph } from "./shown-graph";

/**
 * Everything the flow page and the editor open with: the flow, its versions, the draft with its compile errors
 * against this workspace, whether the draft matches the active version, and which flow is live.
 */
export async function getFlowPage(prisma: PrismaClient, id: string) {
  const flow = await prisma.flow.findUnique({
    where: { id },
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
  if (!flow) throw new FlowNotFoundError(id);

  const { draftGraph, activeVersion, versions, ...rest } = flow;
  // The editor's inputs: the draft as saved, every compile error of it against this workspace's queues,
  // and whether it differs from the active version (the hash is over content, so key order is irrelevant).
  const draft = ZLooseFlowGraphSchema.safeParse(draftGraph);
  const [compiled, liveFlowId] = await Promise.all([compileForWorkspace(prisma, draftGraph), getLiveFlowId(prisma)]);
  const draftHash = contentHash(draftGraph);
  const liveFlow =
    liveFlowId === null || liveFlowId === flow.id
      ? null
      : await prisma.flow.findUnique({ where: { id: liveFlowId }, select: { id: true, name: true } });
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
    shownGraph: activeVersion ? showGraph("active", activeVersion.number, activeVersion.graph) : showGraph("draft", null, draftGraph),
  };
}
