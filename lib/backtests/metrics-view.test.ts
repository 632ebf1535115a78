import { describe, expect, it } from "vitest";
import { createMetrics } from "../../workflows/interpret/replay/metrics/create-metrics";
import { metricsOf, replayed } from "../../workflows/interpret/replay/metrics/test-replayed-metrics";
import { compareMetrics } from "./compare-metrics";
import { metricsView } from "./metrics-view";

describe("metricsView and compareMetrics", () => {
  it("turns counts into rates, hours and a confusion matrix, and deltas in a fixed order", async () => {
    const items = await replayed();
    const view = metricsView(metricsOf(items));
    expect(view.automationRate).toBeCloseTo(12 / 60, 12);
    expect(view.deflectionRate).toBeCloseTo(12 / 60, 12);
    expect(view.agentHoursSaved).toBeCloseTo((3 * 1800) / 3600, 12);
    expect(view.routing.accuracy).toBeCloseTo(27 / 48, 12);
    const transfers = view.routing.rows.find((r) => r.actual === "transfers")!;
    expect(transfers).toEqual({ actual: "transfers", total: 15, correct: 0, predicted: { general: 15 } });
    expect(view.categories[0]).toMatchObject({ category: "card_arrival", tickets: 18, routedCorrectly: 12 });

    const empty = metricsView(createMetrics());
    const deltas = compareMetrics(view, empty);
    expect(deltas.find((d) => d.key === "tickets")).toEqual({ key: "tickets", label: "Tickets", unit: "count", betterWhen: null, candidate: 60, baseline: 0, delta: 60 });
    expect(deltas.find((d) => d.key === "automationRate")).toMatchObject({ candidate: 0.2, baseline: null, delta: null, unit: "percent", betterWhen: "higher" });
    const same = compareMetrics(view, view);
    expect(same.every((d) => d.delta === null || d.delta === 0)).toBe(true);
  });

  it("against the history, SLA breaches are unknown (no timer ran on it), not zero; a side without tiers has no tier mix", async () => {
    const view = metricsView(metricsOf(await replayed()));
    const withBreaches = { ...view, slaBreaches: 7 };
    expect(compareMetrics(withBreaches, view, "history").find((d) => d.key === "slaBreaches")).toMatchObject({ candidate: 7, baseline: null, delta: null });
    expect(compareMetrics(withBreaches, view, "version").find((d) => d.key === "slaBreaches")).toMatchObject({ candidate: 7, baseline: view.slaBreaches, delta: 7 - view.slaBreaches });
    const noTiers = { ...view, tierMix: [{ tier: "none", count: view.tickets, share: 1 }] };
    const tiered = { ...view, tierMix: [{ tier: "1", count: 6, share: 0.1 }, { tier: "none", count: view.tickets - 6, share: 0.9 }] };
    expect(compareMetrics(tiered, noTiers, "history").find((d) => d.key === "tier1Share")).toMatchObject({ candidate: 6 / view.tickets, baseline: null, delta: null });
  });
});
