import { describe, expect, it } from "vitest";
import { rankMoves, rateChangeIsNoise, volumeChangeIsNoise } from "./moves";

describe("what moved", () => {
  it("calls a rate change noise on few tickets or when a two-proportion test does not reach 95%", () => {
    expect(rateChangeIsNoise({ tickets: 10, automated: 1 }, { tickets: 10, automated: 9 })).toBe(true);
    expect(rateChangeIsNoise({ tickets: 100, automated: 30 }, { tickets: 120, automated: 72 })).toBe(false);
    expect(rateChangeIsNoise({ tickets: 100, automated: 30 }, { tickets: 100, automated: 34 })).toBe(true);
    expect(rateChangeIsNoise({ tickets: 50, automated: 50 }, { tickets: 50, automated: 50 })).toBe(true);
  });

  it("calls a volume change noise within about two square roots of the two weeks' sum", () => {
    expect(volumeChangeIsNoise(100, 120)).toBe(true);
    expect(volumeChangeIsNoise(100, 200)).toBe(false);
    expect(volumeChangeIsNoise(0, 3)).toBe(true);
  });

  it("ranks by the tickets a change touches, real changes before noise, and drops categories that did not move", () => {
    const moves = rankMoves([
      { category: "tiny", before: { tickets: 2, automated: 0 }, now: { tickets: 4, automated: 4 } },
      { category: "refunds", before: { tickets: 1000, automated: 300 }, now: { tickets: 1000, automated: 400 } },
      { category: "shipping", before: { tickets: 200, automated: 20 }, now: { tickets: 400, automated: 40 } },
      { category: "same", before: { tickets: 50, automated: 10 }, now: { tickets: 50, automated: 10 } },
    ]);
    expect(moves.map((m) => m.category)).toEqual(["shipping", "refunds", "tiny"]);
    expect(moves[0]).toMatchObject({ key: "moved:shipping", volumeChange: 200, rateChange: 0, rateNoise: true, volumeNoise: false, impact: 200 });
    expect(moves[1]!.rateChange).toBeCloseTo(0.1, 10);
    expect(moves[1]).toMatchObject({ impact: 100, rateNoise: false });
    expect(moves[2]).toMatchObject({ rateNoise: true, volumeNoise: true });
  });

  it("has no rate change for a category that is new this week, only its volume", () => {
    const [m] = rankMoves([{ category: "new", before: { tickets: 0, automated: 0 }, now: { tickets: 80, automated: 8 } }]);
    expect(m).toMatchObject({ rateChange: null, rateNoise: true, volumeChange: 80, volumeNoise: false, before: { automation: { rate: null } } });
  });
});
