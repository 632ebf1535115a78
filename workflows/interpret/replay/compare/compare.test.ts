import { describe, expect, it } from "vitest";
import type { TraceEntry } from "../../types";
import type { OutcomeSummary } from "../types";
import { historySummary } from "../history-summary";
import { at, historical } from "../test-tickets";
import { divergenceOf } from "./divergence";
import { nodeNamer } from "./explain-step";
import { outcomeChanged } from "./outcome-differences";

const outcome = (o: Partial<OutcomeSummary> = {}): OutcomeSummary => ({
  kind: "routed",
  queue: "general",
  tier: null,
  escalationReason: null,
  aiReply: null,
  intent: null,
  intentConfidence: null,
  firstResponseSec: null,
  resolutionSec: null,
  slaBreached: false,
  ...o,
});
let seq = 0;
const step = (nodeId: string, nodeType: string, decision: string, reason = "because", details?: Record<string, unknown>): TraceEntry => ({
  seq: ++seq,
  at: at(0),
  nodeId,
  nodeType,
  decision,
  reason,
  ...(details ? { details } : {}),
});

describe("outcomeChanged", () => {
  it("compares kind, queue, tier, escalation reason and AI reply between versions, not times or intent", () => {
    expect(outcomeChanged(outcome(), outcome({ firstResponseSec: 10, intent: "cards" }))).toBe(false);
    expect(outcomeChanged(outcome(), outcome({ queue: "cards" }))).toBe(true);
    expect(outcomeChanged(outcome(), outcome({ tier: 1 }))).toBe(true);
    expect(outcomeChanged(outcome({ kind: "escalated", escalationReason: "a" }), outcome({ kind: "escalated", escalationReason: "b" }))).toBe(true);
    expect(outcomeChanged(outcome(), outcome({ aiReply: "shadow" }))).toBe(true);
  });

  it("against the history, compares only what was recorded", () => {
    const history = outcome({ kind: "escalated", queue: "escalations", tier: null });
    const candidate = outcome({ kind: "escalated", queue: "escalations", tier: 3, escalationReason: "Asks for a human", aiReply: "handoff" });
    expect(outcomeChanged(history, candidate, { baselineIsHistory: true })).toBe(false);
    expect(outcomeChanged({ ...history, tier: 2 }, candidate, { baselineIsHistory: true })).toBe(true);
  });
});

describe("divergenceOf", () => {
  it("names the first step that decided differently, with the score against each threshold", () => {
    const base = [step("t", "trigger", "start"), step("c", "classify-intent", "cards", "r1", { label: "cards", confidence: 0.91, minConfidence: 0.95 })];
    const cand = [step("t", "trigger", "start"), step("c", "classify-intent", "cards?", "r2", { label: "cards", confidence: 0.91, minConfidence: 0.8 })];
    const d = divergenceOf(base, cand, outcome(), outcome({ queue: "cards" }));
    expect(d).toMatchObject({ nodeId: "c", nodeType: "classify-intent", baseline: { decision: "cards", reason: "r1" }, candidate: { decision: "cards?", reason: "r2" } });
    expect(d.explanation).toBe('“c” decided "cards?" (cards 0.91 ≥ 0.80) instead of "cards" (cards 0.91 < 0.95)');
  });

  it("says where the runs went to different nodes after the same step", () => {
    const d = divergenceOf([step("s", "switch", "x"), step("a", "route", "billing")], [step("s", "switch", "x"), step("b", "escalate", "escalate", "Angry")], outcome(), outcome());
    expect(d.nodeId).toBe("b");
    expect(d.explanation).toBe('After “s”, the candidate went to “b”: "escalate" (Angry) instead of “a”: "billing" (because)');
  });

  it("handles a run that stops where the other goes on", () => {
    const d = divergenceOf([step("s", "switch", "x")], [step("s", "switch", "x"), step("r", "route", "cards", "In cards")], outcome(), outcome());
    expect(d).toMatchObject({ nodeId: "r", baseline: null, candidate: { decision: "cards" } });
    expect(d.explanation).toBe('After “s”, the candidate went on to “r”: "cards" (In cards) where the baseline stopped');
  });

  it("against the history, sets the candidate's deciding step against the recorded outcome", () => {
    const t = historical({}, [], { queue: "escalations", escalated: true });
    const history = historySummary(t);
    const trace = [step("t", "trigger", "start"), step("route-cards", "route", "cards", "In cards")];
    const plan = { nodes: { "route-cards": { label: "Route to cards" } } };
    const d = divergenceOf([], trace, history, outcome({ queue: "cards" }), { name: nodeNamer([plan]), labelOf: (id) => plan.nodes[id as "route-cards"]?.label });
    expect(d).toMatchObject({ nodeId: "route-cards", nodeLabel: "Route to cards", nodeType: "route", baseline: { decision: "escalated to escalations" } });
    expect(d.explanation).toBe("“Route to cards” routed the ticket to cards; in the history: escalated to escalations");
  });
});

describe("divergenceOf, when both took the same steps", () => {
  it("names the step behind the first difference, by its label, with what differs", () => {
    const trace = [step("t", "trigger", "start"), step("vip", "escalate", "escalate", "VIP")];
    const plan = { nodes: { vip: { label: "Escalate VIPs" } } };
    const d = divergenceOf(trace, trace, outcome({ priority: "high" }), outcome({ priority: "urgent" }), {
      name: nodeNamer([plan]),
      differences: [{ aspect: "priority", label: "Priority", before: "high", after: "urgent" }],
    });
    expect(d).toMatchObject({ nodeId: "vip", nodeType: "escalate", baseline: { decision: "escalate" }, candidate: { decision: "escalate" } });
    expect(d.explanation).toBe("Same steps, but “Escalate VIPs” did something else: Priority: high → urgent");
  });
});

describe("historySummary", () => {
  it("is the recorded outcome, with recorded times in seconds", () => {
    const t = historical({}, [], { category: "card_arrival", queue: "cards", tier: 2, firstResponseAt: at(30), resolvedAt: at(240), handleTimeSec: 400 });
    expect(historySummary(t)).toEqual(
      outcome({ kind: "routed", queue: "cards", tier: 2, intent: "card_arrival", firstResponseSec: 1800, resolutionSec: 14_400 }),
    );
  });

  it("is escalated when recorded so, and automated only when resolved with no agent reply and no agent time", () => {
    expect(historySummary(historical({}, [], { queue: "escalations", escalated: true })).kind).toBe("escalated");
    expect(historySummary(historical({}, [], { queue: "general", resolvedAt: at(5) })).kind).toBe("automated");
    expect(historySummary(historical({}, [], { queue: "general", resolvedAt: at(5), handleTimeSec: 120 })).kind).toBe("routed");
    expect(historySummary(historical({}, [], {})).kind).toBe("no-action");
  });
});
