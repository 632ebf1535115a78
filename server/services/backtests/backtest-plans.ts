import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { FlowPlan } from "../../../workflows/model/plan";
import { compileForWorkspace } from "../flows/compile-for-workspace";
import { currentPlanOf } from "../flows/stored-plan";
import { describeCompileError, FlowNotFoundError, FlowVersionNotFoundError } from "../flows/flow-errors";
import { ServiceError } from "../lib/service-error";

/** A graph to replay, with what the studio calls it ("Draft", "v3"). */
export interface BacktestSide {
  label: string;
  versionId: string | null;
  graph: unknown;
  plan: FlowPlan;
}

export type TCandidateRef = { kind: "draft" } | { kind: "version"; versionId: string };

/** The flow's draft or one of its versions, compiled the way publishing compiles it. */
export async function loadBacktestSide(prisma: PrismaClient, flowId: string, ref: TCandidateRef): Promise<BacktestSide> {
  if (ref.kind === "draft") {
    const flow = await prisma.flow.findUnique({ where: { id: flowId }, select: { draftGraph: true } });
    if (flow === null) throw new FlowNotFoundError(flowId);
    return { label: "Draft", versionId: null, graph: flow.draftGraph, plan: await compileSide(prisma, "Draft", flow.draftGraph) };
  }
  const version = await prisma.flowVersion.findUnique({ where: { id: ref.versionId }, select: { flowId: true, number: true, graph: true } });
  if (version === null || version.flowId !== flowId) throw new FlowVersionNotFoundError(ref.versionId, flowId);
  const label = `v${version.number}`;
  return { label, versionId: ref.versionId, graph: version.graph, plan: await compileSide(prisma, label, version.graph) };
}

/** Compiles against the workspace's queues; a graph that does not compile is refused, naming the side and every problem. */
export async function compileSide(prisma: PrismaClient, label: string, graph: unknown): Promise<FlowPlan> {
  const result = await compileForWorkspace(prisma, graph);
  if (result.ok) return result.plan;
  throw new ServiceError("invalid", `${label} does not compile: ${result.errors.map(describeCompileError).join("; ")}`);
}

/** The plan a chunk replays: the one compiled when the run started, stored on the run (see currentPlanOf). */
export function planOfStoredSide(label: string, plan: unknown, graph: unknown): FlowPlan {
  return currentPlanOf(label, plan, graph);
}
