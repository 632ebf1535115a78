import { describe, expect, it } from "vitest";
import { ticketContribution, type TicketMetricInput } from "./contribution";
import { durationIndex } from "./duration-histogram";
import { addSums, emptySums, summarize, type TRollupSums } from "./summarize";

const DAY = 86_400_000;
const NOW = 30 * DAY;
const ticket: TicketMetricInput = {
  createdAtMs: 0, resolvedAtMs: DAY, agentReplied: false, aiPublicReplies: 1, assistDraftUsed: false, reopened: false, repeatContact: false,
  escalated: false, slaBreached: false, csat: 5, firstResponseSec: 60, resolutionSec: 3600, handleSec: null,
  feedbackVerdict: null, shadowVerdict: null, savedSecondsIfAutomated: 300,
};

function sumsOf(...tickets: TicketMetricInput[]): TRollupSums {
  const total = emptySums();
  for (const t of tickets) {
    const { contribution } = ticketContribution(t, NOW, 7);
    const one = emptySums();
    for (const [k, n] of Object.entries(contribution.counts)) one.counts[k as keyof typeof one.counts] = n;
    for (const [k, i] of Object.entries(contribution.hist)) {
      const h: number[] = [];
      h[i - 1] = 1;
      one.hist[k as keyof typeof one.hist] = Array.from(h, (n) => n ?? 0);
    }
    addSums(total, one);
  }
  return total;
}

describe("ticketContribution", () => {
  it("counts a deflected ticket once in each figure it belongs to", () => {
    const r = ticketContribution(ticket, NOW, 7);
    expect(r).toMatchObject({ handling: "automated", deflected: true });
    expect(r.contribution.counts).toEqual({
      tickets: 1, resolved: 1, automated: 1, deflected: 1, agentSecondsSaved: 300, outcomeCounted: 1, outcomeCorrect: 1,
      combinedCounted: 1, combinedCorrect: 1, csatAutomatedCount: 1, csatAutomatedSum: 5, csatAutomatedHappy: 1,
    });
    expect(r.contribution.hist).toEqual({ frtAutomated: durationIndex(60), resolutionAutomated: durationIndex(3600) });
  });

  it("puts a human ticket's times and rating on the human side and saves no agent time", () => {
    const r = ticketContribution({ ...ticket, agentReplied: true, aiPublicReplies: 0, csat: 2, handleSec: 600, feedbackVerdict: "incorrect" }, NOW, 7);
    expect(r.handling).toBe("human");
    expect(r.contribution.counts).toMatchObject({ human: 1, csatHumanCount: 1, csatHumanSum: 2, feedbackCounted: 1, combinedCounted: 1 });
    expect(r.contribution.counts.csatHumanHappy).toBeUndefined();
    expect(r.contribution.counts.feedbackCorrect).toBeUndefined();
    expect(r.contribution.counts.agentSecondsSaved).toBeUndefined();
    expect(r.contribution.hist.handleHuman).toBe(durationIndex(600));
  });
});

describe("summarize", () => {
  it("reads rates with their counts and intervals, and medians from the histograms", () => {
    const s = summarize(sumsOf(ticket, ticket, { ...ticket, agentReplied: true, aiPublicReplies: 0, resolutionSec: 7200 }, { ...ticket, resolvedAtMs: null, csat: null }));
    expect(s.tickets).toBe(4);
    expect(s.automation).toMatchObject({ rate: 0.5, numerator: 2, count: 4 });
    expect(s.automation.low).toBeLessThan(0.5);
    expect(s.automation.high).toBeGreaterThan(0.5);
    expect(s.unresolved).toBe(1);
    expect(s.csat.automated).toMatchObject({ count: 2, mean: 5 });
    expect(s.durations.resolution.automated.count).toBe(2);
    expect(s.durations.resolution.automated.median).toBeGreaterThan(3600 * 0.88);
    expect(s.durations.resolution.automated.median).toBeLessThan(3600 * 1.12);
    expect(s.agentHoursSaved).toBeCloseTo(600 / 3600);
  });

  it("gives no rate, and no interval, for an empty group", () => {
    const s = summarize(emptySums());
    expect(s.automation).toEqual({ rate: null, numerator: 0, count: 0, low: null, high: null });
    expect(s.csat.human.mean).toBeNull();
  });
});
