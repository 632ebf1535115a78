import "server-only";
import type { PrismaClient } from "@prisma/client";
import { diffGraphs, nodeNames, type GraphDiff } from "../../../workflows/diff";
import { FlowNotFoundError, FlowVersionNotFoundError } from "./flow-errors";
import { parseStoredGraph } from "./stored-graph";
import type { TLooseFlowGraph } from "../../../workflows/model/graph";

/** One side of a comparison, named so the page can say "v2 → v5" or "v5 → draft". */
export type DiffSide =
  | { kind: "version"; flowId: string; versionId: string; number: number; status: string; message: string }
  | { kind: "draft"; flowId: string };

export interface FlowDiff {
  from: DiffSide;
  to: DiffSide;
  diff: GraphDiff;
  /** Display names of the nodes of both sides, to say which node changed in words. */
  nodeNames: Record<string, string>;
  /** Both graphs as compared (positions included), so the page can draw the diff on a canvas. */
  graphs: { before: TLooseFlowGraph; after: TLooseFlowGraph };
}

/** What changed from one version to another (any order; from is "before"). */
export async function diffFlowVersions(prisma: PrismaClient, input: { fromVersionId: string; toVersionId: string }): Promise<FlowDiff> {
  const [from, to] = await Promise.all([loadVersion(prisma, input.fromVersionId), loadVersion(prisma, input.toVersionId)]);
  return { from: from.side, to: to.side, diff: diffGraphs(from.graph, to.graph), nodeNames: nodeNames(from.graph, to.graph), graphs: { before: from.graph, after: to.graph } };
}

/** What the working draft changes relative to a version (usually the active one): the unpublished edits. */
export async function diffVersionAgainstDraft(prisma: PrismaClient, input: { versionId: string }): Promise<FlowDiff> {
  const version = await loadVersion(prisma, input.versionId);
  const flow = await prisma.flow.findUnique({ where: { id: version.side.flowId }, select: { draftGraph: true } });
  if (flow === null) throw new FlowNotFoundError(version.side.flowId);
  const draft = parseStoredGraph(flow.draftGraph);
  return { from: version.side, to: { kind: "draft", flowId: version.side.flowId }, diff: diffGraphs(version.graph, draft), nodeNames: nodeNames(version.graph, draft), graphs: { before: version.graph, after: draft } };
}

async function loadVersion(prisma: PrismaClient, versionId: string) {
  const row = await prisma.flowVersion.findUnique({
    where: { id: versionId },
    select: { id: true, flowId: true, number: true, status: true, message: true, graph: true },
  });
  if (row === null) throw new FlowVersionNotFoundError(versionId);
  const side: DiffSide = { kind: "version", flowId: row.flowId, versionId: row.id, number: row.number, status: row.status, message: row.message };
  return { side, graph: parseStoredGraph(row.graph) };
}
