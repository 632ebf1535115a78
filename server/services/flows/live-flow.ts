import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { FlowPlan } from "../../../workflows/model/plan";
import { FlowNotFoundError, FlowStateError } from "./flow-errors";
import { currentPlanOf } from "./stored-plan";

const LIVE_FLOW_KEY = "liveFlowId";

/**
 * Makes a flow the one new tickets run on (its active version; tickets already running keep theirs).
 * Refuses a flow with nothing published: new tickets would silently start no flow at all.
 */
export async function setLiveFlow(prisma: PrismaClient, flowId: string, actor: string): Promise<{ previousFlowId: string | null }> {
  const flow = await prisma.flow.findUnique({ where: { id: flowId }, select: { name: true, activeVersion: { select: { number: true } } } });
  if (flow === null) throw new FlowNotFoundError(flowId);
  if (flow.activeVersion === null) {
    throw new FlowStateError(`"${flow.name}" has no published version; publish it before making it the live flow.`);
  }
  const previousFlowId = await getLiveFlowId(prisma);
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: LIVE_FLOW_KEY }, create: { key: LIVE_FLOW_KEY, value: flowId }, update: { value: flowId } }),
    prisma.auditLog.create({
      data: { actor, action: "settings.live-flow", subject: flowId, details: { previousFlowId, activeVersion: flow.activeVersion.number } },
    }),
  ]);
  return { previousFlowId };
}

/** The id of the flow new tickets run on, if one is set. */
export async function getLiveFlowId(prisma: PrismaClient): Promise<string | null> {
  const setting = await prisma.setting.findUnique({ where: { key: LIVE_FLOW_KEY } });
  return setting !== null && typeof setting.value === "string" ? setting.value : null;
}

export interface LiveVersion {
  versionId: string;
  flowId: string;
  plan: FlowPlan;
  /** The flow's shadow version, which runs beside the active one without acting. */
  shadow: { versionId: string; plan: FlowPlan } | null;
}

/** The live flow's active published version, or null when no flow is live or it has nothing published. */
export async function findLiveVersion(prisma: PrismaClient): Promise<LiveVersion | null> {
  const liveFlowId = await getLiveFlowId(prisma);
  if (liveFlowId === null) return null;
  const flow = await prisma.flow.findUnique({ where: { id: liveFlowId }, include: { activeVersion: true, shadowVersion: true } });
  if (flow?.activeVersion == null) return null;
  const { activeVersion: active, shadowVersion } = flow;
  const shadow = shadowVersion ? { versionId: shadowVersion.id, plan: currentPlanOf(`v${shadowVersion.number}`, shadowVersion.plan, shadowVersion.graph) } : null;
  return { versionId: active.id, flowId: flow.id, plan: currentPlanOf(`v${active.number}`, active.plan, active.graph), shadow };
}
