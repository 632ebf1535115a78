import { describe, expect, it } from "vitest";
import { createMetrics } from "../../workflows/interpret/replay/metrics";
import type { BacktestMetrics, BacktestResult } from "../../workflows/interpret/replay/types";
import { headlineDeltas } from "./headline-deltas";

function metrics(o: { tickets: number; automated?: number; escalated?: number; compared?: number; correct?: number; slaBreaches?: number }): BacktestMetrics {
  const m = createMetrics();
  m.tickets = o.tickets;
  m.outcomes.automated = o.automated ?? 0;
  m.outcomes.escalated = o.escalated ?? 0;
  m.outcomes.routed = o.tickets - (o.automated ?? 0) - (o.escalated ?? 0);
  m.routing.compared = o.compared ?? 0;
  m.routing.correct = o.correct ?? 0;
  m.slaBreaches = o.slaBreaches ?? 0;
  return m;
}

const result = (candidate: BacktestMetrics, baseline: BacktestMetrics, baselineKind: BacktestResult["baselineKind"] = "version"): BacktestResult => ({
  candidate,
  baseline,
  baselineKind,
  changedCount: 0,
  modelVersion: "m",
});

describe("headlineDeltas", () => {
  it("shows a routing change that leaves automation alone: routing accuracy fell 90 points, escalations rose", () => {
    const d = headlineDeltas(result(metrics({ tickets: 100, escalated: 10, compared: 100, correct: 5, slaBreaches: 3 }), metrics({ tickets: 100, escalated: 4, compared: 100, correct: 95, slaBreaches: 1 })));
    expect(d.map((x) => [x.label, x.delta === null ? null : Math.round(x.delta * 1000) / 1000])).toEqual([
      ["Automation", 0],
      ["Routing accuracy", -0.9],
      ["Escalations", 0.06],
      ["SLA breaches", 2],
    ]);
    expect(d.find((x) => x.key === "routingAccuracy")).toMatchObject({ unit: "percent", betterWhen: "higher" });
  });

  it("against the history, has no SLA breaches to compare (no timer ran on it)", () => {
    const d = headlineDeltas(result(metrics({ tickets: 10, slaBreaches: 2 }), metrics({ tickets: 10 }), "history"));
    expect(d.find((x) => x.key === "slaBreaches")!.delta).toBeNull();
  });
});
