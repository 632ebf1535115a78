import { describe, expect, it } from "vitest";
import { formatHours, formatMinutes, formatShare } from "./audit-format";

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
