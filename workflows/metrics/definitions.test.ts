import { describe, expect, it } from "vitest";
import { combinedAccuracy, handlingOf, historyAgentReplied, isDeflection, isProvisional, outcomeEvidence, replayFacts, type TicketFacts } from "./definitions";

const DAY = 86_400_000;
const base: TicketFacts = { createdAtMs: 0, resolvedAtMs: DAY, agentReplied: false, aiPublicReplies: 0, assistDraftUsed: false, reopened: false, repeatContact: false };

describe("handlingOf", () => {
  it("names each way a ticket can be handled", () => {
    expect(handlingOf({ ...base, resolvedAtMs: null })).toBe("unresolved");
    expect(handlingOf(base)).toBe("automated");
    expect(handlingOf({ ...base, reopened: true })).toBe("came-back");
    expect(handlingOf({ ...base, repeatContact: true })).toBe("came-back");
    expect(handlingOf({ ...base, agentReplied: true })).toBe("human");
    expect(handlingOf({ ...base, agentReplied: true, assistDraftUsed: true })).toBe("ai-assisted");
  });

  it("counts an agent's reply over a reopen: the ticket was worked on by a person", () => {
    expect(handlingOf({ ...base, agentReplied: true, reopened: true })).toBe("human");
  });
});

describe("deflection and the repeat-contact window", () => {
  it("is a deflection only when the automated resolution came with an AI answer", () => {
    expect(isDeflection(base, handlingOf(base))).toBe(false);
    const answered = { ...base, aiPublicReplies: 1 };
    expect(isDeflection(answered, handlingOf(answered))).toBe(true);
    const cameBack = { ...answered, reopened: true };
    expect(isDeflection(cameBack, handlingOf(cameBack))).toBe(false);
  });

  it("keeps an automated resolution provisional until the window closes", () => {
    expect(isProvisional(base, "automated", DAY + 6 * DAY, 7)).toBe(true);
    expect(isProvisional(base, "automated", DAY + 7 * DAY, 7)).toBe(false);
    expect(isProvisional(base, "human", DAY, 7)).toBe(false);
  });
});

describe("accuracy evidence", () => {
  it("judges an AI answer by what happened only once its window has closed", () => {
    const answered = { ...base, aiPublicReplies: 1 };
    expect(outcomeEvidence(answered, DAY + DAY, 7)).toBeNull();
    expect(outcomeEvidence(answered, DAY + 8 * DAY, 7)).toBe(true);
    expect(outcomeEvidence({ ...answered, repeatContact: true }, DAY + 8 * DAY, 7)).toBe(false);
    expect(outcomeEvidence(base, DAY + 8 * DAY, 7)).toBeNull();
  });

  it("combines by the most direct evidence: agent, then reviewer, then outcome", () => {
    expect(combinedAccuracy({ feedback: false, shadow: true, outcome: true })).toBe(false);
    expect(combinedAccuracy({ feedback: null, shadow: false, outcome: true })).toBe(false);
    expect(combinedAccuracy({ feedback: null, shadow: null, outcome: true })).toBe(true);
    expect(combinedAccuracy({ feedback: null, shadow: null, outcome: null })).toBeNull();
  });
});

describe("the history's and the replay's facts", () => {
  it("treats recorded agent time or a first response as a person's work", () => {
    expect(historyAgentReplied(null, null)).toBe(false);
    expect(historyAgentReplied(null, 0)).toBe(false);
    expect(historyAgentReplied("2026-01-01T00:00:00Z", null)).toBe(true);
    expect(historyAgentReplied(null, 30)).toBe(true);
  });

  it("counts a replayed resolution as automated only without a handoff", () => {
    expect(handlingOf(replayFacts(true, false))).toBe("automated");
    expect(handlingOf(replayFacts(true, true))).toBe("human");
    expect(handlingOf(replayFacts(false, false))).toBe("unresolved");
  });
});
