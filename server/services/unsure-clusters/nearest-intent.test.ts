import { describe, expect, it } from "vitest";
import { nearestIntent } from "./nearest-intent";

describe("nearestIntent", () => {
  it("is the intent most guesses name, with how many and their mean confidence", () => {
    const nearest = nearestIntent([
      { label: "billing", confidence: 0.4 },
      { label: "refund", confidence: 0.9 },
      { label: "billing", confidence: 0.2 },
      null,
    ]);
    expect(nearest).toEqual({ intent: "billing", tickets: 2, of: 4, meanConfidence: expect.closeTo(0.3), mostlyThisIntent: false });
  });

  it("says a group is mostly one intent only when most guesses name it at a fair confidence", () => {
    const guess = (label: string, confidence: number) => ({ label, confidence });
    expect(nearestIntent([guess("pin", 0.5), guess("pin", 0.45), guess("pin", 0.6), guess("card", 0.3)])?.mostlyThisIntent).toBe(true);
    // Most, but unsure of it.
    expect(nearestIntent([guess("pin", 0.2), guess("pin", 0.25), guess("pin", 0.3), guess("card", 0.3)])?.mostlyThisIntent).toBe(false);
    // Sure of it, but only half of them.
    expect(nearestIntent([guess("pin", 0.7), guess("pin", 0.7), guess("card", 0.3), guess("fee", 0.3)])?.mostlyThisIntent).toBe(false);
  });

  it("breaks a tie by the higher mean confidence", () => {
    expect(nearestIntent([{ label: "a", confidence: 0.2 }, { label: "b", confidence: 0.5 }])?.intent).toBe("b");
  });

  it("is null when no ticket has a guess", () => {
    expect(nearestIntent([null, null])).toBeNull();
  });
});
