import { describe, expect, it } from "vitest";
import { parseRate } from "./simulate";

describe("simulate --rate", () => {
  it("reads customers per second or per minute", () => {
    expect(parseRate("2/s")).toBe(2);
    expect(parseRate("30/m")).toBe(0.5);
    expect(parseRate(" 0.5/s ")).toBe(0.5);
  });

  it("refuses what is not a rate, nothing, and more than the studio is built to take", () => {
    expect(parseRate("2")).toBeNull();
    expect(parseRate("0/s")).toBeNull();
    expect(parseRate("1000/s")).toBeNull();
    expect(parseRate("fast")).toBeNull();
  });
});
