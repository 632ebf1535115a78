import { describe, expect, it } from "vitest";
import { buildKbIndex, searchKbIndex, STRONG_MATCH_SCORE } from "../../../ai/local/retrieval";
import { computeGapReport, coversTicket, type GapTicket } from "./gap-report";

const ARTICLES = [
  { id: "a-card", title: "When will my new card arrive?", body: "# When will my new card arrive?\n\nNew cards arrive within 5 working days. Track the delivery under **Cards > Track delivery**." },
  { id: "a-pin", title: "Change your PIN", body: "# Change your PIN\n\nOpen **Cards > PIN** and choose a new PIN." },
];

const tickets: GapTicket[] = [
  { id: "t1", category: "card_arrival", subject: "New card", body: "When will my new card arrive? It has not arrived yet." },
  { id: "t2", category: "card_arrival", subject: "card delivery", body: "How do I track the delivery of my new card?" },
  { id: "t3", category: "exchange_rate", subject: "Rate", body: "Which exchange rate do you use for euros?" },
  { id: "t4", category: "exchange_rate", subject: "Currency", body: "Why was the currency conversion so expensive?" },
  { id: "t5", category: "change_pin", subject: "PIN", body: "How can I change my PIN?" },
];

describe("computeGapReport", () => {
  const index = buildKbIndex(ARTICLES);
  const bestMatch = (text: string) => {
    const best = searchKbIndex(index, text, 1)[0];
    return best === undefined ? null : { articleId: best.articleId, title: best.title, section: best.section ?? null, score: best.score };
  };

  it("gives each category its share of strong matches, worst category first (ties: more tickets first), with the worst tickets and their best article", () => {
    const rows = computeGapReport({
      categories: [
        { category: "card_arrival", tickets: 40 },
        { category: "exchange_rate", tickets: 25 },
        { category: "change_pin", tickets: 10 },
        { category: "top_up_failed", tickets: 0 },
      ],
      sample: tickets,
      bestMatch,
      strongMatchScore: STRONG_MATCH_SCORE,
      examples: 1,
    });
    expect(rows.map((r) => [r.category, r.sampled, r.strong])).toEqual([
      ["exchange_rate", 2, 0],
      ["top_up_failed", 0, 0],
      ["card_arrival", 2, 2],
      ["change_pin", 1, 1],
    ]);
    expect(rows[0]!.coverage).toBe(0);
    expect(rows[2]!.coverage).toBe(1);
    expect(rows[0]!.worst).toHaveLength(1);
    expect(rows[0]!.worst[0]!.score).toBeLessThan(STRONG_MATCH_SCORE);
    expect(rows[2]!.worst[0]).toMatchObject({ article: { id: "a-card" } });
    expect(rows[3]!.worst[0]).toMatchObject({ ticketId: "t5", article: { id: "a-pin", title: "Change your PIN" } });
  });

  it("orders a category's examples by best score, lowest first, and counts a ticket with no match as score 0", () => {
    const scores: Record<string, number> = { t1: 0.9, t2: 0.4 };
    const rows = computeGapReport({
      categories: [{ category: "card_arrival", tickets: 2 }],
      sample: tickets.filter((t) => t.category === "card_arrival").concat({ id: "t9", category: "card_arrival", subject: "?", body: "zzz" }),
      bestMatch: (text) => {
        const id = text.includes("track") ? "t2" : text.includes("zzz") ? "t9" : "t1";
        return id === "t9" ? null : { articleId: "a", title: "A", section: null, score: scores[id]! };
      },
      strongMatchScore: 0.7,
    });
    expect(rows[0]!.worst.map((w) => [w.ticketId, w.score])).toEqual([
      ["t9", 0],
      ["t2", 0.4],
      ["t1", 0.9],
    ]);
    expect(rows[0]!.strong).toBe(1);
    expect(rows[0]!.coverage).toBeCloseTo(1 / 3);
  });
});

describe("coversTicket", () => {
  const match = (score: number, category: string | null) => ({ articleId: "a", title: "Exchange rates", section: null, score, category });
  it("needs a strong score and an article about the ticket's category (or filed under none)", () => {
    expect(coversTicket(match(0.9, "exchange_rate"), "exchange_rate", 0.8)).toBe(true);
    expect(coversTicket(match(0.9, null), "exchange_rate", 0.8)).toBe(true);
    expect(coversTicket(match(0.9, "exchange_rate"), "card_payment_wrong_exchange_rate", 0.8)).toBe(false);
    expect(coversTicket(match(0.79, "exchange_rate"), "exchange_rate", 0.8)).toBe(false);
    expect(coversTicket(null, "exchange_rate", 0.8)).toBe(false);
  });
});
