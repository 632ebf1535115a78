import { describe, expect, it } from "vitest";
import { deltaTone, formatDelta, formatMetric, formatSeconds, progressDetail } from "./format";

describe("formatSeconds", () => {
  it.each([
    [42, "42 s"],
    [90, "1.5 min"],
    [5400, "1.5 h"],
    [129_600, "1.5 d"],
    [-90, "−1.5 min"],
    [null, "—"],
  ])("%s seconds read %s", (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});

describe("formatMetric and formatDelta", () => {
  it("reads shares as percentages and their deltas as points", () => {
    expect(formatMetric(0.4234, "percent")).toBe("42.3%");
    expect(formatDelta(0.051, "percent")).toBe("+5.1 pts");
    expect(formatDelta(-0.1, "percent")).toBe("−10 pts");
  });

  it("reads counts, hours and durations", () => {
    expect(formatMetric(12345, "count")).toBe("12,345");
    expect(formatDelta(-3, "count")).toBe("−3");
    expect(formatMetric(12.34, "hours")).toBe("12.3 h");
    expect(formatDelta(120, "seconds")).toBe("+2 min");
    expect(formatDelta(0, "count")).toBe("no change");
  });
});

describe("deltaTone", () => {
  it("is green for an improvement and red for a regression, by the metric's direction", () => {
    expect(deltaTone(0.1, "higher")).toBe("green");
    expect(deltaTone(-0.1, "higher")).toBe("red");
    expect(deltaTone(30, "lower")).toBe("red");
    expect(deltaTone(-30, "lower")).toBe("green");
  });

  it("is neutral without a change or a better direction", () => {
    expect(deltaTone(0, "higher")).toBe("neutral");
    expect(deltaTone(5, null)).toBe("neutral");
  });
});

it("progressDetail names the count, the speed and the time left", () => {
  expect(progressDetail({ processed: 1234, total: 20000, ticketsPerSecond: 850.4, etaSeconds: 22 })).toBe("1,234 of 20,000 tickets · 850 tickets/s · about 22 s left");
  expect(progressDetail({ processed: 0, total: 10, ticketsPerSecond: 0, etaSeconds: null })).toBe("0 of 10 tickets");
});
