import { describe, expect, it } from "vitest";
import { progressOf } from "./backtest-progress";

const startedAt = new Date("2026-11-29T10:00:00Z");
const after = (seconds: number) => new Date(startedAt.getTime() + seconds * 1000);

describe("progressOf", () => {
  it("measures throughput from the start and projects the rest at that pace", () => {
    expect(progressOf({ processed: 2_000, total: 10_000, startedAt, finishedAt: null, ticketsPerSecond: null }, after(4))).toEqual({
      processed: 2_000,
      total: 10_000,
      ticketsPerSecond: 500,
      etaSeconds: 16,
    });
  });

  it("has no ETA before anything was replayed or before the run started", () => {
    expect(progressOf({ processed: 0, total: 100, startedAt, finishedAt: null, ticketsPerSecond: null }, after(3)).etaSeconds).toBeNull();
    expect(progressOf({ processed: 0, total: 100, startedAt: null, finishedAt: null, ticketsPerSecond: null }, after(3))).toEqual({ processed: 0, total: 100, ticketsPerSecond: 0, etaSeconds: null });
  });

  it("reports a finished run's stored throughput", () => {
    expect(progressOf({ processed: 100, total: 100, startedAt, finishedAt: after(2), ticketsPerSecond: 50 }, after(60))).toEqual({ processed: 100, total: 100, ticketsPerSecond: 50, etaSeconds: 0 });
  });

  it("keeps a cancelled or failed run's pace up to its end, with no ETA", () => {
    expect(progressOf({ processed: 3_000, total: 10_000, startedAt, finishedAt: after(6), ticketsPerSecond: null }, after(600))).toEqual({
      processed: 3_000,
      total: 10_000,
      ticketsPerSecond: 500,
      etaSeconds: null,
    });
  });
});
