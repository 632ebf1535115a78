import { describe, expect, it } from "vitest";
import type { TCategoryAudit } from "@/server/services/history-audit/audit-report";
import { formatHours, formatMinutes, formatShare, sortCategories } from "./audit-format";

const cat = (category: string, tickets: number, agentHours: number, csat: number | null) =>
  ({ category, tickets, agentHours, baseline: { csat } }) as TCategoryAudit;

describe("audit formats", () => {
  it.each([
    [null, "–"],
    [12.4, "12 min"],
    [90, "1.5 h"],
    [60 * 72, "3 d"],
  ])("minutes %s -> %s", (m, text) => expect(formatMinutes(m)).toBe(text));

  it("formats hours and shares", () => {
    expect(formatHours(0.5)).toBe("30 min");
    expect(formatHours(30)).toBe("30 h");
    expect(formatShare(0.004)).toBe("0.4%");
    expect(formatShare(0.256)).toBe("26%");
    expect(formatShare(0)).toBe("0%");
  });
});

describe("sortCategories", () => {
  const cats = [cat("a", 10, 5, 4.5), cat("b", 30, 1, null), cat("c", 20, 9, 3.1)];

  it("sorts by volume, agent time or CSAT in either direction", () => {
    expect(sortCategories(cats, "tickets", "desc").map((c) => c.category)).toEqual(["b", "c", "a"]);
    expect(sortCategories(cats, "agentHours", "asc").map((c) => c.category)).toEqual(["b", "a", "c"]);
    expect(sortCategories(cats, "csat", "desc").map((c) => c.category)).toEqual(["a", "c", "b"]);
  });

  it("puts categories without CSAT last in both directions", () => {
    expect(sortCategories(cats, "csat", "asc").map((c) => c.category)).toEqual(["c", "a", "b"]);
  });
});
