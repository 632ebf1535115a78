import { describe, expect, it } from "vitest";
import { formatDay, fromInput, toInput } from "./format";

describe("target form values", () => {
  it("shows a share in percent and stores it as a fraction; hours stay hours", () => {
    expect(toInput("automation-rate", 0.455)).toBe("45.5");
    expect(fromInput("automation-rate", "45,5")).toBeCloseTo(0.455, 12);
    expect(toInput("first-response", 2.5)).toBe("2.5");
    expect(fromInput("first-response", " 2.5 ")).toBe(2.5);
  });
  it("leaves an empty or wordy entry as NaN, for the schema to refuse in words", () => {
    expect(fromInput("automation-rate", "")).toBeNaN();
    expect(fromInput("ai-accuracy", "ninety")).toBeNaN();
  });
  it("writes days the same on the server and in the browser", () => {
    expect(formatDay("2027-03-07")).toBe("7 Mar 2027");
  });
});
