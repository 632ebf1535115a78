import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@prisma/client";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { getPrisma } from "../../db";
import { createMetrics } from "../../../workflows/interpret/replay/metrics/create-metrics";
import type { BacktestResult } from "../../../workflows/interpret/replay/types";
import { ServiceError } from "../lib/service-error";
import { draftOf, flowFromTemplate } from "./flow-test-kit";
import { publishDraft } from "./publish-flow-version";
import { releaseCheck } from "./release-check";
import { saveDraft } from "./save-draft";

/** What publish and make-live confirms read, against a real PostgreSQL (shared: unique names, own rows). */
const prisma = getPrisma();
const UNKNOWN = "intent_nobody_answers";

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
});

async function flowNamingUnknownIntent() {
  const flow = await flowFromTemplate(prisma, "intent-routing", "Release check");
  const graph = await draftOf(prisma, flow.id);
  const node = graph.nodes.find((n) => n.type === "switch")!;
  const cases = (node.data as { cases: Array<{ rules: { rules: unknown[] } }> }).cases;
  cases[0]!.rules.rules[0] = { kind: "rule", field: "intent.label", op: "equals", value: UNKNOWN };
  await saveDraft(prisma, { flowId: flow.id, graph });
  return { flow, graph };
}

function completedRun(flowId: string, candidate: { versionId: string | null; graph: unknown }, figures: { tickets: number; automated: number; escalated: number; slaBreaches: number; routed: [number, number] }) {
  const metrics = createMetrics();
  metrics.tickets = figures.tickets;
  metrics.outcomes.automated = figures.automated;
  metrics.outcomes.escalated = figures.escalated;
  metrics.slaBreaches = figures.slaBreaches;
  metrics.routing = { compared: figures.routed[1], correct: figures.routed[0], matrix: {} };
  const result: BacktestResult = { candidate: metrics, baseline: createMetrics(), baselineKind: "history", changedCount: 0, modelVersion: "test" };
  return prisma.backtestRun.create({
    data: {
      flowId,
      candidateVersionId: candidate.versionId,
      candidateGraph: candidate.graph as Prisma.InputJsonValue,
      candidateLabel: candidate.versionId === null ? "Draft" : "v1",
      baselineKind: "history",
      baselineLabel: "History as it happened",
      selection: {},
      status: "completed",
      author: "test",
      finishedAt: new Date("2026-10-02T10:00:00.000Z"),
      result: result as unknown as Prisma.InputJsonValue,
    },
  });
}

describe("releaseCheck", () => {
  it("names the intents the classifier never answers and says the draft was never backtested", async () => {
    const { flow } = await flowNamingUnknownIntent();
    const check = await releaseCheck(prisma, { flowId: flow.id, target: "draft" });
    expect(check.version).toBe("draft");
    expect(check.nextVersion).toBe(1);
    expect(check.backtest).toBeNull();
    expect(check.warnings).toContainEqual({
      nodeId: "by-intent",
      node: "Route by intent",
      message: expect.stringMatching(new RegExp(`^“Route by intent” names the intent “${UNKNOWN}”, which .+ never answers with`)),
    });
  });

  it("finds the last backtest of the draft's behaviour, and of the version once published", async () => {
    const { flow, graph } = await flowNamingUnknownIntent();
    await completedRun(flow.id, { versionId: null, graph }, { tickets: 200, automated: 50, escalated: 20, slaBreaches: 3, routed: [19, 200] });
    const draft = await releaseCheck(prisma, { flowId: flow.id, target: "draft" });
    expect(draft.backtest).toMatchObject({ candidateLabel: "Draft", tickets: 200, automationRate: 0.25, routingAccuracy: 0.095, escalations: 20, slaBreaches: 3 });

    const version = await publishDraft(prisma, { flowId: flow.id, actor: "test" });
    const run = await completedRun(flow.id, { versionId: version.id, graph: {} }, { tickets: 100, automated: 10, escalated: 5, slaBreaches: 0, routed: [80, 100] });
    const active = await releaseCheck(prisma, { flowId: flow.id, target: "active" });
    expect(active.version).toEqual({ id: version.id, number: 1 });
    expect(active.nextVersion).toBe(2);
    expect(active.backtest).toMatchObject({ id: run.id, candidateLabel: "v1", tickets: 100, routingAccuracy: 0.8 });
    expect(active.warnings.map((w) => w.nodeId)).toContain("by-intent");
  });

  it("ignores a backtest of a graph that decides differently", async () => {
    const { flow, graph } = await flowNamingUnknownIntent();
    const other = structuredClone(graph);
    (other.nodes.find((n) => n.type === "switch")!.data as { cases: unknown[] }).cases.pop();
    await completedRun(flow.id, { versionId: null, graph: other }, { tickets: 10, automated: 1, escalated: 1, slaBreaches: 0, routed: [1, 10] });
    expect((await releaseCheck(prisma, { flowId: flow.id, target: "draft" })).backtest).toBeNull();
  });

  it("refuses make-live figures for a flow with no published version", async () => {
    const { flow } = await flowNamingUnknownIntent();
    await expect(releaseCheck(prisma, { flowId: flow.id, target: "active" })).rejects.toBeInstanceOf(ServiceError);
  });
});
