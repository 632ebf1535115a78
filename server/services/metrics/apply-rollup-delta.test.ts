import { describe, expect, it } from "vitest";
import { RollupDelta, cellKey } from "./apply-rollup-delta";
import type { TMetricCell } from "./load-ticket-facts";

const cell = (over: Partial<TMetricCell> = {}): TMetricCell => ({
  day: "2026-12-07", origin: "live", category: "billing", tier: 1, channel: "email", queueId: "", flowId: "f", versionId: "v", connectionId: "", escalationReason: "",
  ...over,
});

describe("RollupDelta", () => {
  it("moves a ticket's counts and histogram entry from its old cell to its new one", () => {
    const d = new RollupDelta();
    d.add(cell(), { counts: { tickets: 1, automated: 1 }, hist: { frtAutomated: 3 } }, -1);
    d.add(cell({ category: "shipping" }), { counts: { tickets: 1, human: 1 }, hist: { frtHuman: 2 } }, 1);
    const [a, b] = d.changed();
    expect(a!.cell.category).toBe("billing");
    expect(a!.counts).toMatchObject({ tickets: -1, automated: -1, human: 0 });
    expect(a!.hist.frtAutomated).toEqual([0, 0, -1]);
    expect(b!.counts).toMatchObject({ tickets: 1, human: 1 });
    expect(b!.hist.frtHuman).toEqual([0, 1]);
  });

  it("leaves out a cell the batch did not change: the same contribution taken out and put back", () => {
    const d = new RollupDelta();
    const c = { counts: { tickets: 1, resolved: 1 }, hist: { resolutionHuman: 5 } };
    d.add(cell(), c, -1);
    d.add(cell(), c, 1);
    expect(d.changed()).toEqual([]);
  });

  it("sums several tickets of one cell into one row, and orders cells the same way every time", () => {
    const d = new RollupDelta();
    for (const day of ["2026-12-09", "2026-12-07", "2026-12-08", "2026-12-07"]) d.add(cell({ day }), { counts: { tickets: 1 }, hist: {} }, 1);
    const rows = d.changed();
    expect(rows.map((r) => [r.cell.day, r.counts.tickets])).toEqual([["2026-12-07", 2], ["2026-12-08", 1], ["2026-12-09", 1]]);
    expect(cellKey(cell({ tier: 0 }))).not.toBe(cellKey(cell({ tier: 1 })));
  });
});
