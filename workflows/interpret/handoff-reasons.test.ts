import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import { findExample } from "../examples";
import { ZTierMapSnapshotSchema } from "../model/tier-map";
import type { ActivityInputs } from "./activities";
import { heldLine } from "./handoff-reasons";
import { drive, planOf, ticket, type Fakes } from "./test-driver";

const escalationTriggers = planOf(findExample("escalation-triggers")!.graph);

function escalation(calls: Array<{ name: string; input: unknown }>): ActivityInputs["escalateTicket"] {
  const call = calls.find((c) => c.name === "escalateTicket");
  if (call === undefined) throw new Error("The run did not escalate");
  return call.input as ActivityInputs["escalateTicket"];
}

const calm: Fakes = { detectSentiment: () => ({ label: "neutral", score: 0, frustrated: false, asksForHuman: false }) };

describe("the criteria that held for a handoff", () => {
  it("names only the criterion that held, with its value, not every criterion the flow checks", () => {
    const { calls } = drive(escalationTriggers, ticket({ body: "Where is my parcel?" }, { enterprise: true }), calm);
    const held = escalation(calls).held!;
    expect(heldLine(held)).toBe('Enterprise account is true (was true); not: Tags contains any of "spam" (was [])');
    expect(heldLine(held)).not.toMatch(/human|sentiment|cancel|contacts/i);
  });

  it("names the keyword rule and the text it read when the customer wrote 'cancel'", () => {
    const { calls } = drive(escalationTriggers, ticket({ subject: "Cancel", body: "cancel my plan" }), calm);
    const held = escalation(calls).held!;
    expect(held[0]).toMatchObject({ nodeId: "needs-human", says: expect.stringContaining('contains any of "cancel"'), was: expect.stringContaining("cancel my plan") });
    expect(held.map((h) => h.says).join()).not.toMatch(/Enterprise|asks for a human/i);
  });

  it("gives the tier map's hits with their values when set-tier escalated by the map", () => {
    const map = ZTierMapSnapshotSchema.parse({ version: 2, tiers: {}, defaultTier: 2, escalation: { keywords: ["legal"], repeatContacts24h: 3 } });
    const plan = planOf(
      flow({ t: n.trigger(), s: n.sentiment(), tier: n.raw("set-tier", { useTierMap: true }), e: n.raw("escalate", { reason: "Tier 3 by the map" }) }, ["t -> s", "s -> tier", "tier -> e"]),
    );
    const { calls } = drive(plan, ticket({ tierMap: map }, { contactsLast24h: 4 }), calm);
    expect(escalation(calls).held).toEqual([{ nodeId: "tier", says: "4 contacts in 24 h (escalates at 3)", was: null }]);
  });

  it("names the AI reply that handed off when it sent the ticket to the escalation", () => {
    const plan = planOf(
      flow({ t: n.trigger(), a: n.raw("ai-reply", { threshold: 0.8, mode: "autonomous" }), e: n.raw("escalate", { reason: "AI not confident" }), x: n.end() }, [
        "t -> a",
        "a:handoff -> e",
        "a:sent -> x",
      ]),
    );
    const { calls } = drive(plan, ticket(), { draftReply: () => ({ text: "Maybe", confidence: 0.4, citations: [] }) });
    expect(escalation(calls).held).toEqual([{ nodeId: "a", says: expect.stringContaining("Confidence 40% is below the 80%"), was: null }]);
  });
});
