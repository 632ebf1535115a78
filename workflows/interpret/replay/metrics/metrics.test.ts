import { describe, expect, it } from "vitest";
import type { BacktestMetrics, HistoricalTicket } from "../types";
import { initialState } from "../../advance";
import { T0 } from "../../test-driver";
import { historySummary } from "../history-summary";
import { addToMetrics, NODE_HIT_SAMPLE } from "./add-to-metrics";
import { createMetrics } from "./create-metrics";
import { addDuration, bucketOf, createHistogram, histogramQuantile, HISTOGRAM_BASE, mergeHistogram } from "./histogram";
import { mergeMetrics } from "./merge-metrics";
import { metricsOf, replayed } from "./test-replayed-metrics";

describe("mergeMetrics", () => {
  it("merges chunk metrics into exactly the metrics of the whole, in any grouping, after a JSON round trip", async () => {
    const items = await replayed();
    const whole = metricsOf(items);
    const [a, b, c] = [items.slice(0, 17), items.slice(17, 41), items.slice(41)].map((chunk) => JSON.parse(JSON.stringify(metricsOf(chunk))) as BacktestMetrics);

    const left = createMetrics();
    mergeMetrics(left, a!);
    mergeMetrics(left, b!);
    mergeMetrics(left, c!);
    const bc = createMetrics();
    mergeMetrics(bc, b!);
    mergeMetrics(bc, c!);
    const right = createMetrics();
    mergeMetrics(right, a!);
    mergeMetrics(right, bc);

    expect(whole.tickets).toBe(60);
    expect(left).toEqual(whole);
    expect(right).toEqual(whole);
  });

  it("keeps the first tickets of each branch as its sample, capped, and counts a node's decision once per ticket", async () => {
    const items = await replayed();
    const whole = metricsOf(items);
    // Per copy of 20: 5 unsure transfers + 5 fees tickets reach general (each route writes two lines).
    expect(whole.nodeHits["general"]!["general"]).toMatchObject({ count: 30 });
    expect(whole.nodeHits["t"]).toBeUndefined(); // triggers are not branches

    const state = initialState();
    state.trace = [{ seq: 1, at: T0, nodeId: "vip", nodeType: "condition", decision: "true", reason: "✓ enterprise" }];
    const m = createMetrics();
    const chunked = [createMetrics(), createMetrics()];
    items.forEach(({ ticket }, i) => {
      const summary = historySummary(ticket);
      addToMetrics(m, ticket, summary, state);
      addToMetrics(chunked[i < 45 ? 0 : 1]!, ticket, summary, state);
    });
    const hits = m.nodeHits["vip"]!["true"]!;
    expect(hits.count).toBe(60);
    expect(hits.sample).toHaveLength(NODE_HIT_SAMPLE);
    expect(hits.sample.slice(0, 3)).toEqual(["t1-0", "t2-0", "t3-0"]);
    const merged = createMetrics();
    mergeMetrics(merged, chunked[0]!);
    mergeMetrics(merged, chunked[1]!);
    expect(merged.nodeHits).toEqual(m.nodeHits);
  });
});

describe("histogram", () => {
  it("reads the median and p90 from log buckets, within a bucket's width of the exact values", () => {
    const h = createHistogram();
    for (let s = 1; s <= 100; s++) addDuration(h, s);
    const median = histogramQuantile(h, 0.5)!;
    const p90 = histogramQuantile(h, 0.9)!;
    expect(median).toBeCloseTo(Math.pow(HISTOGRAM_BASE, Number(bucketOf(50)) + 0.5), 9);
    expect(Math.abs(median - 50) / 50).toBeLessThan(HISTOGRAM_BASE - 1);
    expect(Math.abs(p90 - 90) / 90).toBeLessThan(HISTOGRAM_BASE - 1);
    expect(h).toMatchObject({ count: 100, sum: 5050 });
  });

  it("puts sub-second durations in their own bucket, is empty-safe, and merges by adding counts", () => {
    const h = createHistogram();
    expect(histogramQuantile(h, 0.5)).toBeNull();
    addDuration(h, 0);
    addDuration(h, 0.4);
    addDuration(h, 3600);
    expect(h.buckets["z"]).toBe(2);
    expect(histogramQuantile(h, 0.5)).toBe(0.5);
    const other = createHistogram();
    addDuration(other, 3600);
    mergeHistogram(h, other);
    expect(h.buckets[bucketOf(3600)]).toBe(2);
    expect(histogramQuantile(h, 0.9)).toBeCloseTo(Math.pow(HISTOGRAM_BASE, Number(bucketOf(3600)) + 0.5), 6);
  });

  it("keeps exact powers of the base in their own bucket", () => {
    expect(bucketOf(1)).toBe("0");
    expect(bucketOf(1.25)).toBe("1");
    expect(bucketOf(Math.pow(1.25, 10))).toBe("10");
  });
});
