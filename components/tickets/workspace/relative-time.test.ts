import { describe, expect, it } from "vitest";
import { ageOf, shortSpan, slaDueText } from "./relative-time";

const now = new Date("2026-12-07T12:00:00Z");

describe("relative times in the workspace", () => {
  it("reads minutes, then hours up to two days, then days", () => {
    expect(shortSpan(30_000)).toBe("<1 min");
    expect(shortSpan(59 * 60_000)).toBe("59 min");
    expect(shortSpan(47 * 3_600_000)).toBe("47 h");
    expect(shortSpan(50 * 3_600_000)).toBe("2 d");
  });

  it("gives a ticket's age and says when an SLA is overdue", () => {
    expect(ageOf(new Date("2026-12-07T09:30:00Z"), now)).toBe("2 h");
    expect(slaDueText(new Date("2026-12-07T14:00:00Z"), now)).toEqual({ text: "in 2 h", overdue: false });
    expect(slaDueText(new Date("2026-12-07T11:15:00Z"), now)).toEqual({ text: "45 min overdue", overdue: true });
  });
});
