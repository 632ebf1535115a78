import { describe, expect, it } from "vitest";
import { MAX_SAMPLE_SIZE, readSampleSize } from "./sample-size";

describe("readSampleSize", () => {
  it("reads empty as every ticket, and whole numbers in range (with separators) as a sample", () => {
    expect(readSampleSize(" ")).toEqual({ size: undefined, problem: null });
    expect(readSampleSize("400")).toEqual({ size: 400, problem: null });
    expect(readSampleSize("12,500")).toEqual({ size: 12_500, problem: null });
    expect(readSampleSize(String(MAX_SAMPLE_SIZE))).toEqual({ size: MAX_SAMPLE_SIZE, problem: null });
  });

  it("says in a sentence what to type instead of an impossible value", () => {
    expect(readSampleSize("abc").problem).toBe("Type the sample size as a number of tickets, like 500, or leave it empty to replay every ticket in the selection.");
    expect(readSampleSize("-5").problem).toBe("A sample can't be negative: type a number of tickets from 1 to 5,000,000, or leave it empty to replay every ticket in the selection.");
    expect(readSampleSize("0").problem).toBe("A sample needs at least 1 ticket: type a number from 1 to 5,000,000, or leave it empty to replay every ticket in the selection.");
    expect(readSampleSize("2.5").problem).toBe("Type a whole number of tickets (no decimals), from 1 to 5,000,000, or leave it empty to replay every ticket in the selection.");
    expect(readSampleSize("999999999").problem).toBe("A sample can have at most 5,000,000 tickets: type a smaller number, or leave it empty to replay every ticket in the selection.");
    for (const bad of ["abc", "-5", "0", "2.5", "999999999", "1e3"]) expect(readSampleSize(bad).size).toBeUndefined();
  });
});
