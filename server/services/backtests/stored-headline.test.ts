import { afterEach, expect, it, vi } from "vitest";
import { createMetrics } from "../../../workflows/interpret/replay/metrics";
import type { BacktestResult } from "../../../workflows/interpret/replay/types";
import { storedHeadline } from "./stored-headline";

afterEach(() => vi.restoreAllMocks());

it("reads the four headline deltas of a readable result", () => {
  const result: BacktestResult = { candidate: createMetrics(), baseline: createMetrics(), baselineKind: "version", changedCount: 0, modelVersion: "m" };
  expect(storedHeadline("r1", result).map((d) => d.key)).toEqual(["automationRate", "routingAccuracy", "escalationRate", "slaBreaches"]);
});

it("shows no deltas, instead of failing, for a result it cannot read", () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  expect(storedHeadline("r2", { candidate: null, baseline: "old" })).toEqual([]);
  expect(storedHeadline("r3", null)).toEqual([]);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toContain("r2");
});
