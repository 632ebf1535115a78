import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ServiceError } from "../lib/service-error";
import { findLiveVersion, setLiveFlow } from "../flows/live-flow";

export interface LiveFlowCheck {
  name: string;
  versionNumber: number;
  /** Whether the flow can resolve a ticket at all: a flow without a resolve step never automates one. */
  resolves: boolean;
}

/**
 * The flow the simulated customers will meet: the live one, or `makeLive` (a flow's name) made live first, audited
 * as the command line's doing. Null when no flow is live, so the simulator can say tickets would not run.
 */
export async function liveFlowForSimulation(prisma: PrismaClient, makeLive: string | undefined): Promise<LiveFlowCheck | null> {
  if (makeLive !== undefined) {
    const flows = await prisma.flow.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
    const wanted = makeLive.trim().toLowerCase();
    const exact = flows.filter((f) => f.name.toLowerCase() === wanted);
    // A flow's name is often long ("Tiered support: automate, assist, escalate"): its start is enough when unique.
    const matches = exact.length > 0 ? exact : flows.filter((f) => f.name.toLowerCase().startsWith(wanted));
    if (matches.length !== 1) {
      const what = matches.length === 0 ? `There is no flow named "${makeLive}"` : `"${makeLive}" names more than one flow`;
      throw new ServiceError("not-found", `${what}. Flows: ${flows.map((f) => f.name).join("; ")}.`);
    }
    await setLiveFlow(prisma, matches[0]!.id, "cli");
  }
  const live = await findLiveVersion(prisma);
  if (live === null) return null;
  const version = await prisma.flowVersion.findUniqueOrThrow({ where: { id: live.versionId }, select: { number: true, graph: true, flow: { select: { name: true } } } });
  const nodes = (version.graph as { nodes?: Array<{ type?: string }> }).nodes ?? [];
  return { name: version.flow.name, versionNumber: version.number, resolves: nodes.some((n) => n.type === "resolve") };
}
