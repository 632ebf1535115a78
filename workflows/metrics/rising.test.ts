import { describe, expect, it } from "vitest";
import {
  benjaminiHochberg,
  binomialUpperMidP,
  chanceWords,
  countsPerWindow,
  logGamma,
  risingPValue,
  risingSeries,
  windowsEndingOn,
} from "./rising";

describe("binomialUpperMidP", () => {
  it("matches hand-computed mid-p values on small counts", () => {
    // Binomial(4, 1/2): P(X=4) = 1/16, so mid-p of 4 is 1/32; of 3 it is 1/16 + 4/16 / 2 = 3/16.
    expect(binomialUpperMidP(4, 4, 0.5)).toBeCloseTo(1 / 32, 12);
    expect(binomialUpperMidP(3, 4, 0.5)).toBeCloseTo(3 / 16, 12);
    // Below the mean it is summed from the other side: mid-p of 1 is 1 - P(X=0) - P(X=1)/2 = 1 - 1/16 - 2/16.
    expect(binomialUpperMidP(1, 4, 0.5)).toBeCloseTo(13 / 16, 12);
    expect(binomialUpperMidP(0, 4, 0.5)).toBeCloseTo(1 - 1 / 32, 12);
  });

  it("stays finite where (1-p)^n underflows", () => {
    const p = binomialUpperMidP(1200, 10_000, 1 / 9);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.01);
  });
});

describe("logGamma", () => {
  it("gives ln((n-1)!) on integers", () => {
    expect(logGamma(1)).toBeCloseTo(0, 10);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(11)).toBeCloseTo(Math.log(3_628_800), 8);
  });
});

describe("risingPValue", () => {
  it("puts each ticket in the current window with probability 1 / (windows + 1)", () => {
    // One baseline window holding 1, current 3: Binomial(4, 1/2) mid-p of 3.
    expect(risingPValue(3, 1, 1)).toBeCloseTo(3 / 16, 12);
    expect(risingPValue(0, 0, 8)).toBe(1);
  });
});

describe("benjaminiHochberg", () => {
  it("adjusts by rank and keeps the adjusted values monotone, in the input order", () => {
    // Sorted 0.01, 0.03, 0.04, 0.5 -> 0.04, 0.06, 0.0533, 0.5 -> monotone from the end: 0.04, 0.0533, 0.0533, 0.5.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.5]);
    expect(q[0]).toBeCloseTo(0.04, 12);
    expect(q[1]).toBeCloseTo(0.04 * 4 / 3, 12);
    expect(q[2]).toBeCloseTo(0.04 * 4 / 3, 12);
    expect(q[3]).toBeCloseTo(0.5, 12);
  });

  it("never goes above 1", () => {
    expect(benjaminiHochberg([0.9, 0.95])).toEqual([0.95, 0.95]);
  });
});

describe("risingSeries", () => {
  const eight = (n: number) => Array.from({ length: 8 }, () => n);

  it("does not flag a flat series", () => {
    const [flat] = risingSeries([{ key: "billing", windows: [...eight(20), 20] }]);
    expect(flat!.expected).toBe(20);
    expect(flat!.ratio).toBe(1);
    expect(flat!.p).toBeGreaterThan(0.4);
    expect(flat!.rising).toBe(false);
    expect(flat!.chance).toBe("within its usual range");
  });

  it("flags a doubling on enough volume, against the category's own baseline", () => {
    const results = risingSeries([
      { key: "billing", windows: [...eight(20), 20] },
      { key: "login", windows: [...eight(20), 40] },
      { key: "shipping", windows: [...eight(100), 104] },
    ]);
    const login = results.find((r) => r.key === "login")!;
    expect(login.rising).toBe(true);
    expect(login.q).toBeLessThan(0.01);
    expect(login.ratio).toBe(2);
    expect(results.find((r) => r.key === "billing")!.rising).toBe(false);
    // +4% on a large category is within its usual range.
    expect(results.find((r) => r.key === "shipping")!.rising).toBe(false);
  });

  it("does not flag a small count however unlikely, nor a series with no history", () => {
    const [small, fresh] = risingSeries([
      { key: "refunds", windows: [...eight(1), 6] },
      { key: "new", windows: [30] },
    ]);
    expect(small!.p).toBeLessThan(0.01);
    expect(small!.enoughVolume).toBe(false);
    expect(small!.rising).toBe(false);
    expect(fresh!.baselineWindows).toBe(0);
    expect(fresh!.rising).toBe(false);
  });

  it("does not flag a fall", () => {
    const [fall] = risingSeries([{ key: "billing", windows: [...eight(40), 10] }]);
    expect(fall!.rising).toBe(false);
    expect(fall!.p).toBeGreaterThan(0.99);
  });

  it("controls false discoveries: a borderline rise among many flat series is not flagged", () => {
    // Alone, 31 against 20 a week is p ≈ 0.015; beside 19 flat categories the adjusted value is far above 0.05.
    const alone = risingSeries([{ key: "x", windows: [...eight(20), 31] }])[0]!;
    expect(alone.rising).toBe(true);
    const many = risingSeries([{ key: "x", windows: [...eight(20), 31] }, ...Array.from({ length: 19 }, (_, i) => ({ key: `flat${i}`, windows: [...eight(20), 20] }))]);
    expect(many[0]!.p).toBeCloseTo(alone.p, 12);
    expect(many[0]!.rising).toBe(false);
  });
});

describe("chanceWords", () => {
  it("says how likely chance is in words", () => {
    expect(chanceWords(0.0001)).toBe("very unlikely to be chance");
    expect(chanceWords(0.005)).toBe("unlikely to be chance");
    expect(chanceWords(0.03)).toBe("probably not chance");
    expect(chanceWords(0.1)).toBe("could be chance");
  });
});

describe("windows", () => {
  it("lays out same-length windows ending on the day, oldest first", () => {
    expect(windowsEndingOn("2026-12-07", 7, 3)).toEqual([
      { from: "2026-11-17", to: "2026-11-23" },
      { from: "2026-11-24", to: "2026-11-30" },
      { from: "2026-12-01", to: "2026-12-07" },
    ]);
  });

  it("adds day counts into their windows and leaves out days outside them", () => {
    const windows = windowsEndingOn("2026-12-07", 7, 2);
    const counts = new Map([["2026-11-23", 5], ["2026-11-30", 2], ["2026-12-01", 3], ["2026-12-07", 4]]);
    expect(countsPerWindow(counts, windows)).toEqual([2, 7]);
  });
});
