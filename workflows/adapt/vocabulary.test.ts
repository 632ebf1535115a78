import { describe, expect, it } from "vitest";
import { fallbackQueueOf, labelProfiles, queueNamedLike, type TTemplateVocabulary } from "./vocabulary";

const vocab = (over: Partial<TTemplateVocabulary>): TTemplateVocabulary => ({
  source: "test", labels: [], abstain: [], volumes: [], aliases: [], queues: ["billing", "cards", "general"], ...over,
});

describe("labelProfiles", () => {
  it("sends a label to the queue that handled more than half of its tickets, biggest label first, ties by name", () => {
    const v = vocab({
      labels: ["b_label", "a_label", "spread", "unknown", "never_seen"],
      abstain: ["unknown"],
      volumes: [
        { label: "a_label", queue: "cards", count: 3 },
        { label: "a_label", queue: "billing", count: 2 },
        { label: "b_label", queue: "billing", count: 5 },
        { label: "spread", queue: "cards", count: 2 },
        { label: "spread", queue: "billing", count: 2 },
        { label: "spread", queue: null, count: 9 },
        { label: "unknown", queue: "cards", count: 40 },
      ],
    });
    expect(labelProfiles(v, "general")).toEqual([
      { label: "unknown", volume: 40, queue: "general", evidence: "fallback" },
      { label: "spread", volume: 13, queue: "general", evidence: "fallback" },
      { label: "a_label", volume: 5, queue: "cards", evidence: "history" },
      { label: "b_label", volume: 5, queue: "billing", evidence: "history" },
      { label: "never_seen", volume: 0, queue: "general", evidence: "fallback" },
    ]);
  });

  it("uses a queue named like a label only when the history says nothing about it", () => {
    const v = vocab({ labels: ["card_issue", "billing"], volumes: [{ label: "billing", queue: "cards", count: 1 }] });
    expect(labelProfiles(v, "general").map((p) => [p.label, p.queue, p.evidence])).toEqual([
      ["billing", "cards", "history"],
      ["card_issue", "cards", "name"],
    ]);
  });
});

describe("queueNamedLike", () => {
  it("wants every word of the queue's name in the label, singular or plural", () => {
    const queues = ["cards", "account-security", "transfers", "disputes"];
    expect(queueNamedLike("card_issue", queues)).toBe("cards");
    expect(queueNamedLike("transfer", queues)).toBe("transfers");
    expect(queueNamedLike("cancel_account", queues)).toBeNull();
    expect(queueNamedLike("account_security_check", queues)).toBe("account-security");
    expect(queueNamedLike("card_dispute", queues)).toBeNull(); // two queues fit: neither is chosen
  });

  it("of several that fit, takes the one named exactly as the label (an import's group name beside a seeded queue)", () => {
    expect(queueNamedLike("billing", ["billing", "Billing", "cards"])).toBe("billing");
    expect(queueNamedLike("billing", ["Billing", "billings"])).toBeNull();
  });
});

describe("fallbackQueueOf", () => {
  it("prefers general, then the busiest queue, then the first by name", () => {
    expect(fallbackQueueOf(vocab({}))).toBe("general");
    const noGeneral = ["cards", "billing"];
    expect(fallbackQueueOf(vocab({ queues: noGeneral, volumes: [{ label: "x", queue: "cards", count: 2 }] }))).toBe("cards");
    expect(fallbackQueueOf(vocab({ queues: noGeneral }))).toBe("billing");
    expect(fallbackQueueOf(vocab({ queues: [] }))).toBeNull();
  });
});
