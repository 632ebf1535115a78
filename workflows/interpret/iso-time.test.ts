import { describe, expect, it } from "vitest";
import { isoOfMs, parseIsoMs } from "./iso-time";

describe("iso-time", () => {
  it("parses exactly as Date.parse, across eras, leap days and every time of day", () => {
    // A pseudo-random walk over instants from 1000 to 9999, plus the edges of months and leap years.
    const instants: number[] = [0, -1, 951_782_400_000, 951_868_799_999, 4_107_542_399_999, -30_610_224_000_000, 253_402_300_799_999];
    let ms = -30_000_000_000_000;
    for (let i = 0; i < 20_000; i++) instants.push((ms += 13_999_999_937 + (i % 997)));
    for (const at of instants) {
      const iso = new Date(at).toISOString();
      expect(isoOfMs(at)).toBe(iso);
      expect(parseIsoMs(iso)).toBe(at);
    }
  });

  it("hands anything outside its format to the built-ins, with their results", () => {
    const odd = ["2026-02-30T00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-06-01T24:00:00.000Z", "2026-06-01T00:00:60.000Z",
      "2026-06-01T00:00:00Z", "2026-06-01", "2026-06-01T00:00:00.000+02:00", "0999-12-31T23:59:59.999Z", "2026-06-01T00:00:00.000z",
      "2026-06-01 00:00:00.000Z", "2O26-06-01T00:00:00.000Z", "", "garbage"];
    for (const text of odd) expect(Object.is(parseIsoMs(text), Date.parse(text))).toBe(true);
    for (const at of [0.5, -62_198_755_200_000, 253_402_300_800_000, 8.64e15]) expect(isoOfMs(at)).toBe(new Date(at).toISOString());
    expect(() => isoOfMs(Number.NaN)).toThrow(RangeError);
  });
});
