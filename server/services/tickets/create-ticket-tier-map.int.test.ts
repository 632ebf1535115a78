import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { getLiveFlowId, setLiveFlow } from "../flows/live-flow";
import { saveTierMap } from "../tier-map/save-tier-map";
import { getTierMap } from "../tier-map/get-tier-map";
import { publishLive, uniqueId } from "../../../tests/integration/helpers";
import { testOutbox } from "../../../tests/integration/test-outbox";
import { flow, n } from "../../../workflows/compile/test-graphs";
import { drive } from "../../../workflows/interpret/test-driver";
import type { TFlowGraph } from "../../../workflows/model/graph";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";
import type { FlowStarter } from "./flow-starter";
import { createTicket } from "./create-ticket";

/**
 * A new ticket's run starts with the tier map current at that moment in its snapshot, so a set-tier node
 * that uses the map decides by it (a recording starter stands in for Temporal).
 */
const prisma = getPrisma();

function recordingStarter(): FlowStarter & { started: TicketFlowInput[] } {
  const started: TicketFlowInput[] = [];
  return {
    started,
    start: async (_workflowId, input) => {
      started.push(input);
    },
    signal: async () => "no-run",
  };
}

/*
 *  trigger ─▶ classify-intent ─▶ set-tier(use the tier map) ─▶ end
 */
const graph = flow({ t: n.trigger(), k: n.classify(), tier: n.raw("set-tier", { useTierMap: true }), x: n.end() }, ["t -> k", "k -> tier", "tier -> x"]) as unknown as TFlowGraph;

describe("createTicket and the tier map", () => {
  it("puts the current tier map in the run's snapshot, and the flow decides by it", async () => {
    const category = uniqueId("card_arrival");
    const current = (await getTierMap(prisma))?.version ?? 0;
    const saved = await saveTierMap(prisma, "ops@example.com", { tiers: { [category]: 1 }, defaultTier: 2, escalation: { humanRequest: true, negativeSentiment: true, keywords: ["legal"], repeatContacts24h: null, enterprise: true, customerTurns: null, repeatedQuestion: false } }, current);
    const previousLive = await getLiveFlowId(prisma);
    const starter = recordingStarter();
    try {
      await publishLive(prisma, uniqueId("Tier map flow"), graph);
      const source = uniqueId("tier-snapshot");
      const outbox = testOutbox(prisma, starter);
      const result = await createTicket(prisma, outbox, {
        source,
        externalId: "1",
        subject: "Card",
        body: "Where is my card?",
        channel: "email",
        priority: "normal",
        tags: [],
        customer: { externalId: "c1", name: "Ada" },
      });
      expect(result.run?.status).toBe("starting");
      await outbox.drain();
    } finally {
      if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
    }
    expect(starter.started).toHaveLength(1);
    const input = starter.started[0]!;
    expect(input.ticket.tierMap).toEqual(saved.map);
    expect(input.ticket.tierMap?.version).toBe(current + 1);

    const { state } = drive(input.plan, input.ticket, { classifyIntent: () => ({ label: category, confidence: 0.9, alternatives: [] }) });
    expect(state.trace.find((e) => e.nodeId === "tier")!.reason).toBe(`Tier map v${current + 1}: ${category} is tier 1`);
  });
});
