import type { PrismaClient } from "@prisma/client";
import { getLiveFlowId, setLiveFlow } from "../../../server/services/flows/live-flow";
import { EXAMPLES } from "../../../workflows/examples";

const SLUG = "tiered-support";
const ACTOR = "bench";

/**
 * Makes the seeded "Tiered support" example the live flow (the seed made another one live), after checking that
 * its published version is there and every queue it routes to exists. Returns the flow's name.
 */
export async function makeTieredSupportLive(prisma: PrismaClient): Promise<string> {
  const example = EXAMPLES.find((e) => e.slug === SLUG);
  if (!example) throw new Error(`live bench: no example flow "${SLUG}"`);
  const flow = await prisma.flow.findFirst({ where: { name: example.name }, select: { id: true, activeVersionId: true } });
  if (flow?.activeVersionId == null) throw new Error(`live bench: the seed did not publish "${example.name}"`);
  const wanted = [...new Set(example.graph.nodes.flatMap((n) => queueOf(n.data)))];
  const found = new Set((await prisma.queue.findMany({ where: { name: { in: wanted } }, select: { name: true } })).map((q) => q.name));
  const missing = wanted.filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`live bench: "${example.name}" routes to queues the seed did not create: ${missing.join(", ")}`);
  await setLiveFlow(prisma, flow.id, ACTOR);
  if ((await getLiveFlowId(prisma)) !== flow.id) throw new Error(`live bench: "${example.name}" did not become the live flow`);
  return example.name;
}

function queueOf(data: unknown): string[] {
  const queue = (data as { queue?: unknown } | null)?.queue;
  return typeof queue === "string" ? [queue] : [];
}

/** Waits for start's first intent model to be trained and active (the figures were taken with it), bounded. */
export async function waitForActiveModel(prisma: PrismaClient, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const active = await prisma.intentModel.findFirst({ where: { active: true, status: "ready" }, select: { version: true } });
    if (active) return active.version;
    const failed = await prisma.intentModel.findFirst({ where: { status: "failed" }, select: { version: true, error: true } });
    if (failed) throw new Error(`live bench: training intent model v${failed.version} failed: ${failed.error ?? "no reason given"}`);
    if (Date.now() > deadline) throw new Error(`live bench: no intent model was active within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}
