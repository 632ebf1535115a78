import { describe, expect, it } from "vitest";
import type { OutcomeSummary } from "../types";
import { routedOutcome } from "../test-tickets";
import { outcomeChanged, outcomeDifferences } from "./outcome-differences";

/** A replayed outcome with every effect field present and empty, with fields overridden. */
const replayed = (o: Partial<OutcomeSummary> = {}): OutcomeSummary =>
  routedOutcome({
    priority: "normal",
    tags: [],
    fields: null,
    resolved: false,
    customerMessages: [],
    internalNotes: [],
    notifications: [],
    slaTimers: [],
    ...o,
  });

/** Both: the named differences, and outcomeChanged agreeing that there are some. */
function diff(a: OutcomeSummary, b: OutcomeSummary, options: { baselineIsHistory?: boolean } = {}) {
  const differences = outcomeDifferences(a, b, options);
  expect(outcomeChanged(a, b, options)).toBe(differences.length > 0);
  return differences;
}

describe("outcomeDifferences", () => {
  it("names nothing when only times or the intent differ", () => {
    expect(diff(replayed(), replayed({ firstResponseSec: 5, resolutionSec: 9, intent: "cards", intentConfidence: 0.4 }))).toEqual([]);
  });

  it("names each aspect the ticket would see, with both values in words", () => {
    const before = replayed({ kind: "escalated", escalationReason: "Angry", priority: "high", tags: ["vip"], aiReply: "shadow" });
    const after = replayed({ kind: "automated", queue: "cards", tier: 1, priority: "urgent", tags: ["vip", "cards"], escalationReason: null, aiReply: "sent", resolved: true });
    expect(diff(before, after)).toEqual([
      { aspect: "outcome", label: "Outcome", before: "escalated", after: "resolved with no human" },
      { aspect: "queue", label: "Queue", before: "billing", after: "cards" },
      { aspect: "tier", label: "Tier", before: "Tier 2", after: "Tier 1" },
      { aspect: "priority", label: "Priority", before: "high", after: "urgent" },
      { aspect: "escalationReason", label: "Escalation reason", before: "Angry", after: "none" },
      { aspect: "aiReply", label: "AI reply", before: "drafted in shadow mode, not sent", after: "sent to the customer" },
      // "resolved" is not repeated: the outcome's change says it.
      { aspect: "tags", label: "Tags", before: "vip", after: "vip, cards" },
    ]);
  });

  it("compares tags as a set, and names resolution when the outcome kind is the same", () => {
    expect(diff(replayed({ tags: ["a", "b"] }), replayed({ tags: ["b", "a"] }))).toEqual([]);
    expect(diff(replayed({ kind: "escalated" }), replayed({ kind: "escalated", resolved: true }))).toEqual([{ aspect: "resolved", label: "Resolved by the flow", before: "no", after: "yes" }]);
  });

  it("names each custom field set differently", () => {
    expect(diff(replayed({ fields: { plan: "pro", status: "pending" } }), replayed({ fields: { plan: "free" } }))).toEqual([
      { aspect: "fields", label: "Field “plan”", before: "pro", after: "free" },
      { aspect: "fields", label: "Status set", before: "pending", after: "not set" },
    ]);
    expect(diff(replayed({ fields: null }), replayed({ fields: {} }))).toEqual([]);
  });

  it("names every message to the customer by position, one alone when each side has at most one", () => {
    expect(diff(replayed({ customerMessages: ["Hi"] }), replayed({ customerMessages: ["Hello"] }))).toEqual([
      { aspect: "customerMessages", label: "Message to the customer", before: "Hi", after: "Hello" },
    ]);
    expect(diff(replayed({ customerMessages: ["Hi"] }), replayed({ customerMessages: ["Hi", "Rate us"] }))).toEqual([
      { aspect: "customerMessages", label: "Message 2 to the customer", before: "none", after: "Rate us" },
    ]);
  });

  it("names internal notes, notifications (channel and text) and each SLA timer by its label", () => {
    // A timer relabelled by the new version, with the same result, is no difference.
    expect(diff(replayed({ slaTimers: [{ nodeId: "sla", timer: "Within 4 h", result: "breached" }] }), replayed({ slaTimers: [{ nodeId: "sla", timer: "Within 4 business hours", result: "breached" }] }))).toEqual([]);
    expect(diff(replayed({ internalNotes: ["Draft A"] }), replayed({ internalNotes: [] }))).toEqual([{ aspect: "internalNotes", label: "Internal note", before: "Draft A", after: "none" }]);
    expect(diff(replayed({ notifications: [{ channel: "#vip", text: "VIP waiting" }] }), replayed({ notifications: [{ channel: "#support", text: "VIP waiting" }] }))).toEqual([
      { aspect: "notifications", label: "Notification", before: "#vip: VIP waiting", after: "#support: VIP waiting" },
    ]);
    expect(diff(replayed({ slaTimers: [{ nodeId: "sla", timer: "First response within 1 h", result: "met" }] }), replayed({ slaTimers: [{ nodeId: "sla", timer: "First response within 1 h", result: "breached" }] }))).toEqual([
      { aspect: "slaTimers", label: "SLA “First response within 1 h”", before: "met", after: "breached" },
    ]);
    expect(diff(replayed(), replayed({ slaTimers: [{ nodeId: "sla2", timer: "Resolution within 1 d", result: "met" }] }))).toEqual([
      { aspect: "slaTimers", label: "SLA “Resolution within 1 d”", before: "not reached", after: "met" },
    ]);
  });

  it("against the history, names only what the helpdesk recorded: the outcome, the queue, and a recorded tier", () => {
    const history = routedOutcome({ kind: "escalated", queue: "escalations", tier: null, aiReply: null, escalationReason: null });
    const candidate = replayed({ kind: "escalated", queue: "escalations", tier: 3, escalationReason: "Asks for a human", aiReply: "handoff", priority: "urgent", customerMessages: ["Hold on"] });
    expect(diff(history, candidate, { baselineIsHistory: true })).toEqual([]);
    expect(diff({ ...history, tier: 2 }, candidate, { baselineIsHistory: true })).toEqual([{ aspect: "tier", label: "Tier", before: "Tier 2", after: "Tier 3" }]);
  });

  it("reads runs stored before the effects were kept: a field absent on either side is not known, so not a difference", () => {
    const old = routedOutcome();
    expect(diff(old, replayed({ priority: "urgent", customerMessages: ["Hi"], notifications: [{ channel: "#x", text: "y" }], slaTimers: [{ nodeId: "t", timer: "t", result: "met" }] }))).toEqual([]);
    expect(diff(old, { ...old, queue: "cards" })).toEqual([{ aspect: "queue", label: "Queue", before: "billing", after: "cards" }]);
  });
});
