import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import { ZTierMapSnapshotSchema, type TTierMapSnapshot } from "../model/tier-map";
import type { TTicketSnapshot } from "../model/ticket";
import { drive, planOf, ticket, type Fakes } from "../interpret/test-driver";
import { escalationHits } from "../interpret/tier-by-map";

/*
 *  trigger ─▶ classify-intent ─▶ detect-sentiment ─▶ set-tier(use the tier map) ─▶ end
 *  The node's own table (card_arrival → 2, fallback 1) only applies when the run has no map.
 */
const plan = planOf(
  flow(
    {
      t: n.trigger(),
      k: n.classify(),
      s: n.sentiment(),
      tier: n.raw("set-tier", { useTierMap: true, byIntent: { card_arrival: 2 }, fallbackTier: 1 }),
      x: n.end(),
    },
    ["t -> k", "k -> s", "s -> tier", "tier -> x"],
  ),
);

/** Version 3: card_arrival tier 1, refund tier 2, default 2; every criterion on, keywords cancel and legal, 3 contacts. */
const MAP: TTierMapSnapshot = ZTierMapSnapshotSchema.parse({
  version: 3,
  tiers: { card_arrival: 1, refund: 2 },
  defaultTier: 2,
  escalation: { keywords: ["cancel", "legal action"], repeatContacts24h: 3 },
});

interface Case {
  name: string;
  intent?: string;
  sentiment?: "negative" | "neutral";
  asksForHuman?: boolean;
  text?: Partial<Pick<TTicketSnapshot, "subject" | "body">>;
  customer?: Partial<TTicketSnapshot["customer"]>;
  map?: TTierMapSnapshot | null;
  tier: number;
  reason: string;
}

const cases: Case[] = [
  { name: "the intent's tier from the map", intent: "card_arrival", tier: 1, reason: "Tier map v3: card_arrival is tier 1" },
  { name: "the map's default for an intent it does not list", intent: "lost_card", tier: 2, reason: "Tier map v3: no tier for lost_card; default tier 2" },
  { name: "human request", intent: "card_arrival", asksForHuman: true, tier: 3, reason: "Tier map v3: asks for a human → tier 3" },
  { name: "negative sentiment", intent: "card_arrival", sentiment: "negative", tier: 3, reason: "Tier map v3: negative sentiment → tier 3" },
  {
    name: "a keyword in the subject, any case",
    intent: "card_arrival",
    text: { subject: "CANCEL my card" },
    tier: 3,
    reason: 'Tier map v3: mentions "cancel" → tier 3',
  },
  {
    name: "a phrase keyword in the first message",
    intent: "card_arrival",
    text: { body: "I will take Legal  Action!" },
    tier: 3,
    reason: 'Tier map v3: mentions "legal action" → tier 3',
  },
  { name: "no keyword inside a longer word", intent: "card_arrival", text: { body: "Where is my cancellation form?" }, tier: 1, reason: "Tier map v3: card_arrival is tier 1" },
  {
    name: "repeat contacts at the threshold",
    intent: "card_arrival",
    customer: { contactsLast24h: 3 },
    tier: 3,
    reason: "Tier map v3: 3 contacts in 24 h (escalates at 3) → tier 3",
  },
  { name: "repeat contacts below the threshold", intent: "card_arrival", customer: { contactsLast24h: 2 }, tier: 1, reason: "Tier map v3: card_arrival is tier 1" },
  { name: "enterprise account", intent: "card_arrival", customer: { enterprise: true }, tier: 3, reason: "Tier map v3: enterprise account → tier 3" },
  {
    name: "every criterion that holds, named in order",
    intent: "refund",
    asksForHuman: true,
    customer: { enterprise: true },
    text: { body: "cancel it" },
    tier: 3,
    reason: 'Tier map v3: asks for a human, mentions "cancel", enterprise account → tier 3',
  },
  {
    name: "criteria switched off in the map",
    intent: "card_arrival",
    asksForHuman: true,
    sentiment: "negative",
    customer: { enterprise: true, contactsLast24h: 9 },
    text: { body: "cancel" },
    map: { ...MAP, escalation: { humanRequest: false, negativeSentiment: false, keywords: [], repeatContacts24h: null, enterprise: false, customerTurns: null, repeatedQuestion: false } },
    tier: 1,
    reason: "Tier map v3: card_arrival is tier 1",
  },
  { name: "no map: the node's own intent table", intent: "card_arrival", map: null, tier: 2, reason: "No tier map saved; intent card_arrival maps to tier 2" },
  { name: "no map: the node's fallback", intent: "refund", customer: { enterprise: true }, map: null, tier: 1, reason: "No tier map saved; no tier mapped for intent refund; fallback tier 1" },
];

function run(c: Case) {
  const snapshot = ticket({ ...c.text, tierMap: c.map === undefined ? MAP : c.map }, c.customer);
  const fakes: Fakes = {
    classifyIntent: () => ({ label: c.intent ?? "general", confidence: 0.9, alternatives: [] }),
    detectSentiment: () => ({ label: c.sentiment ?? "neutral", score: 0, frustrated: false, asksForHuman: c.asksForHuman ?? false }),
  };
  // Frozen states: reading the shared map must never write to it.
  return drive(plan, snapshot, fakes, [], { freeze: true });
}

describe("set-tier with the tier map", () => {
  it.each(cases)("$name → tier $tier", (c) => {
    const { state, calls } = run(c);
    const entry = state.trace.find((e) => e.nodeId === "tier")!;
    expect(entry.reason).toBe(c.reason);
    expect(entry.decision).toBe(`tier ${c.tier}`);
    expect(state.ticket!.tier).toBe(c.tier);
    expect(calls.filter((k) => k.name === "updateTicket").map((k) => (k.input as { changes: unknown }).changes)).toEqual([{ tier: c.tier }]);
    expect(state.outcome?.tier).toBe(c.tier);
  });

  it("names the map's version and the criteria in the trace details", () => {
    const { state } = run({ name: "", intent: "refund", asksForHuman: true, customer: { enterprise: true }, tier: 3, reason: "" });
    expect(state.trace.find((e) => e.nodeId === "tier")!.details).toEqual({
      tier: 3,
      intent: "refund",
      tierMapVersion: 3,
      source: "escalation",
      escalation: ["humanRequest", "enterprise"],
    });
  });

  it("reads a keyword in the customer's latest reply when set-tier runs after it", () => {
    /*
     *  trigger ─▶ wait-for(customer, 1h) ──replied──▶ set-tier(tier map) ─▶ end
     *                        └──timeout──▶ end
     */
    const waiting = planOf(
      flow({ t: n.trigger(), w: n.waitFor("1h"), tier: n.raw("set-tier", { useTierMap: true }), x: n.end(), late: n.end() }, [
        "t -> w",
        "w:replied -> tier",
        "w:timeout -> late",
        "tier -> x",
      ]),
    );
    const { state } = drive(waiting, ticket({ tierMap: MAP }), {}, [{ afterMs: 1000, event: { type: "customer.replied", body: "Then cancel everything" } }]);
    expect(state.trace.find((e) => e.nodeId === "tier")!.reason).toBe('Tier map v3: mentions "cancel" → tier 3');
  });

  describe("conversation criteria", () => {
    /*
     *  trigger ─▶ wait-for(customer) ─▶ wait-for(customer) ─▶ wait-for(customer) ─▶ set-tier(tier map) ─▶ end
     *  (every wait's timeout ─▶ end)
     */
    const afterThreeReplies = planOf(
      flow(
        { t: n.trigger(), w1: n.waitFor("1h"), w2: n.waitFor("1h"), w3: n.waitFor("1h"), tier: n.raw("set-tier", { useTierMap: true }), x: n.end(), late: n.end() },
        ["t -> w1", "w1:replied -> w2", "w2:replied -> w3", "w3:replied -> tier", "w1:timeout -> late", "w2:timeout -> late", "w3:timeout -> late", "tier -> x"],
      ),
    );
    const threeReplies = (last: string) =>
      ["Any news on this?", "Can I pay by card instead?", last].map((body, i) => ({ afterMs: (i + 1) * 60_000, event: { type: "customer.replied" as const, body } }));
    const tierEntry = (map: TTierMapSnapshot, last = "Hello?") =>
      drive(afterThreeReplies, ticket({ subject: "Invoice", body: "Why was I billed twice for the March invoice?", tierMap: map }), {}, threeReplies(last)).state.trace.find(
        (e) => e.nodeId === "tier",
      )!;
    const withCriteria = (patch: Partial<TTierMapSnapshot["escalation"]>): TTierMapSnapshot => ({ ...MAP, escalation: { ...MAP.escalation, ...patch } });

    it("escalates on more than N customer turns, naming the count and the limit", () => {
      const entry = tierEntry(withCriteria({ customerTurns: 3 }));
      expect(entry.reason).toBe("Tier map v3: 4 customer turns (more than 3) → tier 3");
      expect(entry.details).toMatchObject({ source: "escalation", escalation: ["customerTurns"] });
    });

    it("gives each hit as data too, for the handoff note: the count and the limit, the cue", () => {
      const map = withCriteria({ customerTurns: 3, repeatedQuestion: true, keywords: [] });
      const { state } = drive(afterThreeReplies, ticket({ subject: "Invoice", body: "Why was I billed twice?", tierMap: map }), {}, threeReplies("Again: why was I billed twice?"));
      expect(escalationHits(map.escalation, state.ticket!, state.facts)).toEqual([
        { criterion: "customerTurns", says: "4 customer turns (more than 3)", turns: 4, moreThan: 3 },
        { criterion: "repeatedQuestion", says: 'repeated the question ("again")', cue: "again" },
      ]);
    });

    it("does not escalate at exactly N turns", () => {
      expect(tierEntry(withCriteria({ customerTurns: 4 })).reason).toBe("Tier map v3: intent unknown; default tier 2");
    });

    it("escalates on a repeated question, naming the customer's cue when there is one", () => {
      expect(tierEntry(withCriteria({ repeatedQuestion: true }), "Why was I billed twice for March?").reason).toBe("Tier map v3: repeated the question → tier 3");
      expect(tierEntry(withCriteria({ repeatedQuestion: true }), "As I said, check the invoice").reason).toBe('Tier map v3: repeated the question ("as i said") → tier 3');
    });

    it("leaves both off in a map saved before they existed, so its tiers stay as they were", () => {
      const old = ZTierMapSnapshotSchema.parse({ version: 3, escalation: { keywords: [], repeatContacts24h: null, enterprise: false } });
      expect(old.escalation).toMatchObject({ customerTurns: null, repeatedQuestion: false });
      expect(tierEntry(old, "As I said, why was I billed twice for March?").reason).toBe("Tier map v3: intent unknown; default tier 2");
      // A snapshot stored without the keys at all (a run's ticket carries the map as saved).
      const { customerTurns: _t, repeatedQuestion: _r, ...stored } = old.escalation;
      expect(tierEntry({ ...old, escalation: stored as TTierMapSnapshot["escalation"] }, "As I said").reason).toBe("Tier map v3: intent unknown; default tier 2");
    });
  });

  it("ignores the map when the node does not ask for it", () => {
    const own = planOf(
      flow({ t: n.trigger(), k: n.classify(), tier: n.raw("set-tier", { byIntent: { card_arrival: 2 }, fallbackTier: 1 }) }, ["t -> k", "k -> tier"]),
    );
    const { state } = drive(own, ticket({ tierMap: MAP }, { enterprise: true }), {
      classifyIntent: () => ({ label: "card_arrival", confidence: 0.9, alternatives: [] }),
    });
    expect(state.trace.find((e) => e.nodeId === "tier")!.reason).toBe("Intent card_arrival maps to tier 2");
    expect(state.ticket!.tier).toBe(2);
  });

  it("labels the node after the map when it has no label of its own", () => {
    expect(plan.nodes.tier!.label).toBe("Set tier by the tier map");
  });
});
