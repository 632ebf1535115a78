import { describe, expect, it } from "vitest";
import { reviewMarkdown } from "./markdown";
import type { TReviewSnapshot } from "./snapshot";

const rate = (numerator: number, count: number) => ({ rate: count ? numerator / count : null, numerator, count, low: null, high: null });
const snapshot: TReviewSnapshot = {
  version: 1,
  week: "2026-W49",
  from: "2026-11-30",
  to: "2026-12-06",
  builtAt: "2026-12-07T08:00:00.000Z",
  overall: { now: rate(0, 0), before: rate(0, 0), provisional: 0 },
  moved: [],
  versions: [],
  corrections: [
    { key: "corrected:a->b", from: "a", to: "b", count: 2, examples: [{ ticketId: "t1", subject: "Refund [urgent] *now*", excerpt: "I want\nmy money" }] },
  ],
  shadow: { target: 0.9, minReviews: 30, items: [] },
  knowledge: { wrong: [], overdue: [], overdueTotal: 0 },
  sla: [],
};

describe("the review as Markdown", () => {
  it("says so where a section is empty, checks items off with who and when, and keeps notes", () => {
    const md = reviewMarkdown(
      {
        snapshot,
        checks: { "corrected:a->b": { by: "sam@x", at: "2026-12-07T09:30:00.000Z" } },
        notes: { "corrected:a->b": { text: "Retrain\nafter this", by: "kim@x", at: "2026-12-07T10:00:00.000Z" }, "": { text: "Fine week", by: "kim@x", at: "2026-12-07T10:00:00.000Z" } },
      },
      "https://studio.example",
    );
    expect(md).toContain("Monday 30 November to Sunday 6 December 2026.");
    expect(md).toContain("No category changed this week against the week before.");
    expect(md).toContain("- [x] a → b: 2 tickets _(checked by sam@x, 2026-12-07 09:30 UTC)_");
    expect(md).toContain("  - [Refund \\[urgent\\] \\*now\\*](https://studio.example/inbox/t1): “I want my money”");
    expect(md).toContain("  > **Note** (kim@x, 2026-12-07 10:00 UTC): Retrain\n  > after this");
    expect(md).toContain("Review note (kim@x, 2026-12-07 10:00 UTC): Fine week");
    expect(md).not.toMatch(/\n\n\n/);
  });
});
