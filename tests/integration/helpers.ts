import type { Prisma, PrismaClient } from "@prisma/client";
import { createBacktestWorker, createWorker } from "../../temporal/worker";
import { EXAMPLES } from "../../workflows/examples";
import type { TFlowGraph } from "../../workflows/model/graph";
import { setLiveFlow } from "../../server/services/flows/live-flow";
import { publishFlowVersion } from "../../server/services/flows/publish-flow-version";
import { signedJsonRequest } from "../support/signed-webhook";

/**
 * Polls until `probe` returns a value, or fails with what it was waiting for. A bound on waiting for
 * asynchronous work (a workflow finishing), not an assertion on how long it took.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, limitMs = 90_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Gave up waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}

/** An example's graph with some nodes' data overridden, e.g. a 3-second SLA instead of one hour. */
export function exampleGraph(slug: string, overrides: Record<string, Record<string, unknown>> = {}): TFlowGraph {
  const example = EXAMPLES.find((e) => e.slug === slug);
  if (!example) throw new Error(`No example ${slug}`);
  const graph = structuredClone(example.graph);
  for (const node of graph.nodes) {
    const patch = overrides[node.id];
    if (patch) Object.assign(node.data, patch);
  }
  return graph;
}

/**
 * The Tier 1 password-reset example for a workspace with no trained model: password resets are told by their words,
 * and the AI answers them from the starter knowledge base whatever its retrieval confidence, so some tickets are
 * automated and the rest go to people.
 */
export function passwordResetByWords(): TFlowGraph {
  const rules = { kind: "group", match: "all", rules: [{ kind: "rule", field: "ticket.body", op: "contains_any", values: ["password"] }] };
  return exampleGraph("tier1-password-reset", { "is-password-reset": { rules }, "ai-reply": { threshold: 0 } });
}

/** Creates a flow, publishes the graph and makes it the live flow; returns the version id. */
export async function publishLive(prisma: PrismaClient, name: string, graph: TFlowGraph): Promise<string> {
  const flow = await prisma.flow.create({ data: { name, draftGraph: graph as unknown as Prisma.InputJsonValue } });
  const version = await publishFlowVersion(prisma, { flowId: flow.id, graph, author: "test", message: name });
  await setLiveFlow(prisma, flow.id, "test");
  return version.id;
}

/** A POST to a generic ticket webhook route, signed as a sender's system signs it (the routes refuse it unsigned). */
export function jsonRequest(url: string, body: unknown): Request {
  return signedJsonRequest(url, body);
}

export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/**
 * The worker process's two workers in this process (ticket flows, and backtests on their own queue), for tests that
 * need runs or chunked backtests to execute; `stop` drains both.
 */
export async function startInProcessWorker(): Promise<{ stop(): Promise<void> }> {
  const workers = [await createWorker(), await createBacktestWorker()];
  const running = workers.map((w) => w.run());
  return {
    async stop() {
      for (const w of workers) w.shutdown();
      await Promise.all(running);
    },
  };
}
