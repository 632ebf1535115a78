import type { Prisma, PrismaClient } from "@prisma/client";
import { EXAMPLES } from "../../workflows/examples";
import { findLiveVersion, setLiveFlow } from "../../server/services/flows/live-flow";
import { publishFlowVersion } from "../../server/services/flows/publish-flow-version";

/** The example flow new tickets run on in the demo workspace. */
export const DEMO_LIVE_FLOW = "escalation-triggers";
const SEED_AUTHOR = "seed";

/**
 * Creates each example flow with its graph published as version 1, and makes one of them live.
 * Idempotent: flows are matched by name, and nothing is republished or re-made live on a second run.
 */
export async function seedExampleFlows(prisma: PrismaClient): Promise<{ created: number }> {
  let created = 0;
  for (const example of EXAMPLES) {
    const existing = await prisma.flow.findFirst({ where: { name: example.name } });
    if (existing !== null) continue;
    const flow = await prisma.flow.create({
      data: { name: example.name, description: example.description, draftGraph: example.graph as unknown as Prisma.InputJsonValue },
    });
    await publishFlowVersion(prisma, { flowId: flow.id, graph: example.graph, author: SEED_AUTHOR, message: "Published from the example" });
    created++;
    if (example.slug === DEMO_LIVE_FLOW && (await findLiveVersion(prisma)) === null) {
      await setLiveFlow(prisma, flow.id, SEED_AUTHOR);
    }
  }
  return { created };
}
