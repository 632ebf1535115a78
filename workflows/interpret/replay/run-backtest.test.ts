import { describe, expect, it } from "vitest";
import type { AiAnswerSource, AiRequest, ChangedTicket } from "./types";
import { memoryAiSource } from "./memory-ai-source";
import { runBacktest } from "./run-backtest";
import { outcomeDifferences } from "./compare/outcome-differences";
import { cardEscalation, planV1, planV2, streamOf, twentyTickets } from "./test-backtest-fixture";
import { answerByText } from "./test-tickets";

// The flows (v1, v2) and the 20 tickets are drawn and described in test-backtest-fixture.ts.
describe("runBacktest: v2 against v1", () => {
  it("finds exactly the transfers (now unsure) and the password resets (now automated) changed", async () => {
    const ai = memoryAiSource(answerByText, "test-model-1");
    const batches: Array<{ processed: number; changed: ChangedTicket[] }> = [];
    const result = await runBacktest({ candidate: planV2, baseline: planV1, tickets: streamOf(twentyTickets()), ai, batchSize: 7, onBatch: (b) => void batches.push(b) });

    expect(batches.map((b) => b.processed)).toEqual([7, 14, 20]);
    const changed = batches.flatMap((b) => b.changed);
    expect(result.changedCount).toBe(9);
    expect(changed.map((c) => c.ticketId)).toEqual(["t7", "t8", "t9", "t10", "t11", "t12", "t13", "t14", "t15"]);
    expect(result).toMatchObject({ baselineKind: "version", modelVersion: "test-model-1" });

    expect(result.candidate.outcomes).toEqual({ automated: 4, escalated: 0, routed: 16, "no-action": 0 });
    expect(result.baseline.outcomes).toEqual({ automated: 0, escalated: 0, routed: 20, "no-action": 0 });
    expect(result.candidate.deflected).toBe(4);
    // Routing vs the recorded queue: v2 gets 4 of 6 cards and 5 of 5 general right, no transfers; automated tickets have no queue.
    expect(result.candidate.routing).toMatchObject({ compared: 16, correct: 9 });
    expect(result.baseline.routing).toMatchObject({ compared: 20, correct: 14 });
    // 2 password resets with 600 s recorded, 2 with none (the 300 s default).
    expect(result.candidate.agentSecondsSaved).toBe(1800);
    expect(result.candidate.byCategory["password_reset"]).toEqual({ tickets: 4, automated: 4, escalated: 0, routedCorrectly: 0, slaBreaches: 0, agentSecondsSaved: 1800 });
    expect(result.candidate.nodeHits["c"]).toMatchObject({ "unsure: transfers": { count: 5, sample: ["t7", "t8", "t9", "t10", "t11"] } });
    expect(result.candidate.nodeHits["s"]!["password"]!.count).toBe(4);
    // The model is asked once per unique request, whichever side asked: 20 classifications and 4 drafts.
    expect(ai.stats.requests).toBe(24);
  });

  it("explains each changed ticket at the step where the two runs part, with both traces", async () => {
    const changed: ChangedTicket[] = [];
    await runBacktest({ candidate: planV2, baseline: planV1, tickets: streamOf(twentyTickets()), ai: memoryAiSource(answerByText), onBatch: (b) => void changed.push(...b.changed) });
    const transfer = changed.find((c) => c.ticketId === "t7")!;
    expect(transfer.divergence).toMatchObject({ nodeId: "c", nodeType: "classify-intent", baseline: { decision: "transfers" }, candidate: { decision: "unsure: transfers" } });
    expect(transfer.divergence.explanation).toBe('“Classify intent” decided "unsure: transfers" (transfers 0.62 < 0.70) instead of "transfers" (transfers 0.62 ≥ 0.00)');
    expect(transfer.baseline).toMatchObject({ kind: "routed", queue: "transfers" });
    expect(transfer.candidate).toMatchObject({ kind: "routed", queue: "general" });
    expect(transfer.baselineTrace.map((e) => e.nodeId)).toEqual(["t", "c", "s", "transfers", "transfers"]);
    expect(transfer.candidateTrace.map((e) => e.nodeId)).toEqual(["t", "c", "general", "general"]);

    const reset = changed.find((c) => c.ticketId === "t12")!;
    expect(reset.divergence.nodeId).toBe("s");
    expect(reset.divergence.explanation).toMatch(/^“.+” decided "password" \(Case "password" matched: .*\) instead of "fallback" \(No case matched \(2 tried\)\)$/);
    expect(reset.candidate).toMatchObject({ kind: "automated", aiReply: "sent", firstResponseSec: 0, resolutionSec: 0 });
  });
});

describe("runBacktest: a version against the history as it happened", () => {
  it("changes only what the helpdesk recorded differently: the 2 cards recorded in general, the transfers and the resets", async () => {
    const changed: ChangedTicket[] = [];
    const result = await runBacktest({ candidate: planV2, baseline: "history", tickets: streamOf(twentyTickets()), ai: memoryAiSource(answerByText), onBatch: (b) => void changed.push(...b.changed) });
    expect(result.baselineKind).toBe("history");
    expect(result.changedCount).toBe(11);
    expect(changed.map((c) => c.ticketId)).toEqual(["t1", "t2", "t7", "t8", "t9", "t10", "t11", "t12", "t13", "t14", "t15"]);
    const card = changed[0]!;
    expect(card.baselineTrace).toEqual([]);
    expect(card.divergence).toMatchObject({ nodeId: "cards", nodeType: "route" });
    expect(card.divergence).toMatchObject({ nodeLabel: "Route to cards" });
    expect(card.divergence.explanation).toBe("“Route to cards” routed the ticket to cards; in the history: general");
    expect(changed.find((c) => c.ticketId === "t12")!.divergence.explanation).toBe("“Resolve” resolved the ticket; in the history: account-security");

    // The history's side: people handled every ticket (recorded times, no agent time saved).
    expect(result.baseline.outcomes).toEqual({ automated: 0, escalated: 0, routed: 20, "no-action": 0 });
    expect(result.baseline.agentSecondsSaved).toBe(0);
    expect(result.baseline.firstResponse.count).toBe(20);
    expect(result.baseline.intent).toMatchObject({ compared: 20, correct: 20 });
    // The candidate answered 4 tickets at once; people answered the other 16 as recorded (30 minutes).
    expect(result.candidate.firstResponse.count).toBe(20);
    expect(result.candidate.firstResponse.buckets["z"]).toBe(4);
  });
});

describe("runBacktest: an answer source that never stores its answers", () => {
  it("fails with a clear error instead of looping", async () => {
    const forgetful: AiAnswerSource = { modelVersion: "broken", lookup: () => undefined, resolve: async () => {} };
    await expect(runBacktest({ candidate: planV1, baseline: "history", tickets: streamOf(twentyTickets().slice(0, 1)), ai: forgetful })).rejects.toThrow(
      /The AI answer source \(broken\) still has no answer for 1 request\(s\) after 50 rounds, e.g. classifyIntent for ticket t1/,
    );
  });

  it("lets the source load each batch's stored answers before replaying it, so a rerun resolves nothing", async () => {
    // A first run answers every request; each one is kept by ticket, as a cache table would.
    const storedByTicket = new Map<string, AiRequest[]>();
    const filled = memoryAiSource(answerByText);
    const recording: AiAnswerSource = {
      ...filled,
      resolve: async (requests) => {
        for (const r of requests) storedByTicket.set(r.input.ticketId, [...(storedByTicket.get(r.input.ticketId) ?? []), r]);
        await filled.resolve(requests);
      },
    };
    await runBacktest({ candidate: planV2, baseline: planV1, tickets: streamOf(twentyTickets()), ai: recording });
    // A fresh source whose prefetch copies the stored answers of exactly the tickets it is given.
    const fresh = memoryAiSource(() => {
      throw new Error("asked the model: the prefetch missed an answer");
    });
    const prefetched: string[][] = [];
    const stored = [...twentyTickets()].map((t) => t.snapshot.id);
    const ai: AiAnswerSource = {
      ...fresh,
      prefetch: async (ids) => {
        prefetched.push([...ids]);
        for (const id of ids) expect(stored).toContain(id);
        for (const id of ids) for (const r of storedByTicket.get(id) ?? []) fresh.answers.set(r, filled.lookup(r));
      },
    };
    const result = await runBacktest({ candidate: planV2, baseline: planV1, tickets: streamOf(twentyTickets()), ai, batchSize: 8 });
    expect(prefetched.map((ids) => ids.length)).toEqual([8, 8, 4]);
    expect(prefetched.flat()).toEqual(stored);
    expect(fresh.stats.resolveCalls).toBe(0);
    expect(result.changedCount).toBe(9);
  });
});


describe("runBacktest: the order tickets are counted in", () => {
  it("is the stream's order, even when an earlier ticket needs more rounds of model answers than later ones", async () => {
    const byId = new Map(twentyTickets().map((t) => [t.snapshot.id, t]));
    const tickets = ["t12", "t1", "t7"].map((id) => byId.get(id)!);
    const ai = memoryAiSource(answerByText);
    const changed: ChangedTicket[] = [];
    await runBacktest({ candidate: planV2, baseline: "history", tickets: streamOf(tickets), ai, onBatch: (b) => void changed.push(...b.changed) });
    // t12, a password reset, waits for its intent and then for its draft; t1 and t7 are done after the first round.
    expect(ai.stats.resolveCalls).toBe(2);
    expect(changed.map((c) => c.ticketId)).toEqual(["t12", "t1", "t7"]);
  });
});

describe("runBacktest: versions that differ only in what a step does", () => {
  const message = "We are looking into your card now.";
  const run = async (candidate: ReturnType<typeof cardEscalation>, baseline: ReturnType<typeof cardEscalation>) => {
    const changed: ChangedTicket[] = [];
    const result = await runBacktest({ candidate, baseline, tickets: streamOf(twentyTickets()), ai: memoryAiSource(answerByText), onBatch: (b) => void changed.push(...b.changed) });
    return { result, changed };
  };

  it("counts the card tickets whose escalation went from high to urgent priority, and names the difference", async () => {
    const { result, changed } = await run(cardEscalation({ priority: "urgent", customerMessage: message }), cardEscalation({ priority: "high", customerMessage: message }));
    expect(result.changedCount).toBe(6);
    expect(changed.map((c) => c.ticketId)).toEqual(["t1", "t2", "t3", "t4", "t5", "t6"]);
    const first = changed[0]!;
    expect(outcomeDifferences(first.baseline, first.candidate)).toEqual([{ aspect: "priority", label: "Priority", before: "high", after: "urgent" }]);
    expect(first.divergence).toMatchObject({ nodeId: "vip", nodeLabel: "Escalate card problems", nodeType: "escalate" });
    expect(first.divergence.explanation).toBe("Same steps, but “Escalate card problems” did something else: Priority: high → urgent");
  });

  it("counts the card tickets whose escalation told the customer something else, and names the difference", async () => {
    const other = "A specialist will call you about your card today.";
    const { result, changed } = await run(cardEscalation({ priority: "high", customerMessage: other }), cardEscalation({ priority: "high", customerMessage: message }));
    expect(result.changedCount).toBe(6);
    expect(changed.map((c) => c.ticketId)).toEqual(["t1", "t2", "t3", "t4", "t5", "t6"]);
    const first = changed[0]!;
    expect(outcomeDifferences(first.baseline, first.candidate)).toEqual([{ aspect: "customerMessages", label: "Message to the customer", before: message, after: other }]);
    expect(first.candidate.customerMessages).toEqual([other]);
    expect(first.divergence.explanation).toBe("Same steps, but “Escalate card problems” did something else: Message to the customer changed");
  });

  it("finds nothing changed between two identical versions", async () => {
    const same = cardEscalation({ priority: "high", customerMessage: message });
    const { result } = await run(same, cardEscalation({ priority: "high", customerMessage: message }));
    expect(result.changedCount).toBe(0);
  });
});
