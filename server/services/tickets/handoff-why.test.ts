import { describe, expect, it } from "vitest";
import { handoffNote } from "./escalate-ticket";
import { handoffWhy, type StoredLine, type StoredRun } from "./handoff-why";

const at = new Date("2026-03-02T10:00:00Z");
const line = (seq: number, nodeId: string, nodeType: string, decision: string, reason: string, details?: unknown): StoredLine => ({ seq, at, nodeId, nodeType, decision, reason, details: details ?? null });
const held = [{ nodeId: "needs-human", says: "Enterprise account is true", was: "true" }];

function run(events: StoredLine[], extra: Partial<StoredRun> = {}): StoredRun {
  return {
    workflowId: "ticket-t1",
    shadow: false,
    startedAt: at,
    outcome: { kind: "escalated", escalationReason: "Met an escalation criterion" },
    events,
    nodeLabels: { "needs-human": "Needs a human?", escalate: "Escalate to a human", ai: "Answer with AI" },
    ...extra,
  };
}

describe("handoffWhy", () => {
  it("gives the escalation's reason, the criteria that held and the lines they came from, not the other steps", () => {
    const why = handoffWhy(
      [
        run([
          line(1, "classify", "classify-intent", "card_arrival", "92%"),
          line(2, "needs-human", "condition", "true", "✓ Enterprise account is true (was true)"),
          line(3, "escalate", "escalate", "escalate", "Met an escalation criterion", { summary: "enterprise customer", held }),
        ]),
      ],
      [],
    );
    expect(why.escalationReason).toBe("Met an escalation criterion");
    expect(why.held).toEqual(held);
    expect(why.lines.map((l) => `${l.node}:${l.decision}`)).toEqual(["Needs a human?:true", "Escalate to a human:escalate"]);
    expect(why.context).toBe("enterprise customer");
    expect(why.ai).toEqual([]);
  });

  it("lists each AI reply step with its confidence, threshold, cited titles and the draft an assist note kept", () => {
    const details = { mode: "assist", confidence: 0.82, threshold: 0.7, citations: [{ articleId: "kb1", title: "Card delivery times" }] };
    const why = handoffWhy(
      [run([line(1, "ai", "ai-reply", "draft", "Confidence 82% ≥ 70%; assist mode", details), line(2, "ai", "ai-reply", "assist", "Draft posted")])],
      [{ idempotencyKey: "ticket-t1:ai:3", kind: "internal-note", payload: { body: "Your card arrives in 3 days." } }],
    );
    expect(why.ai[0]).toMatchObject({ node: "Answer with AI", mode: "assist", confidence: 0.82, threshold: 0.7, citations: [{ title: "Card delivery times" }], draft: "Your card arrives in 3 days." });
    expect(why.lines.map((l) => l.decision)).toEqual(["draft", "assist"]);
  });

  it("reads the live run rather than a newer shadow one, and says nothing for a ticket no flow ran on", () => {
    const live = run([line(1, "escalate", "escalate", "escalate", "Live reason")]);
    const shadow = run([line(1, "escalate", "escalate", "escalate", "Shadow reason")], { shadow: true, workflowId: "shadow-t1", startedAt: new Date(at.getTime() + 1000), outcome: null });
    expect(handoffWhy([shadow, live], []).run).toEqual({ workflowId: "ticket-t1", shadow: false });
    expect(handoffWhy([], [])).toMatchObject({ run: null, held: [], lines: [], ai: [] });
  });
});

describe("handoffNote", () => {
  it("names what held for this ticket under the flow's reason", () => {
    expect(handoffNote({ reason: "Met an escalation criterion", summary: "plan pro", held }, "Card not arrived")).toBe(
      "Escalated: Met an escalation criterion\nWhat held: Enterprise account is true (was true)\n\nConversation: Card not arrived\n\nContext: plan pro",
    );
  });
});
