import { describe, expect, it } from "vitest";
import { killPlan, soakConfig } from "./config";
import { judgeMemory, memoryFlat, tally, type MemorySample, type TicketOutcome } from "./verdict";

const ok = (externalId: string): TicketOutcome => ({ externalId, status: 201, tickets: 1, runs: 1, finishedRuns: 1, brokenTraces: 0 });

describe("tally: lost and duplicated tickets", () => {
  it("counts nothing lost or duplicated when every accepted ticket has one ticket and one finished run", () => {
    const t = tally([ok("a"), ok("b"), ok("c")]);
    expect(t).toMatchObject({ sent: 3, accepted: 3, ticketsInDb: 3, runsPerTicket: { min: 1, max: 1 }, lost: 0, duplicated: 0, notFinished: 0 });
    expect(t.httpStatuses).toEqual({ "201": 3 });
  });

  it("counts an accepted ticket with no row, no run or an unfinished run as lost, each by its reason", () => {
    const t = tally([
      ok("a"),
      { ...ok("no-ticket"), tickets: 0, runs: 0, finishedRuns: 0 },
      { ...ok("no-run"), runs: 0, finishedRuns: 0 },
      { ...ok("running"), finishedRuns: 0 },
    ]);
    expect(t.lost).toBe(3);
    expect(t.lostBy).toEqual({ noTicket: 1, noRun: 1, runNotFinished: 1 });
    expect(t.notFinished).toBe(1);
    expect(t.runsPerTicket).toEqual({ min: 0, max: 1 });
    expect(t.examples.lost).toEqual(["no-ticket", "no-run", "running"]);
    expect(t.duplicated).toBe(0);
  });

  it("does not count a refused or unanswered ticket as lost, but reports its status", () => {
    const t = tally([ok("a"), { ...ok("refused"), status: 503, tickets: 0, runs: 0, finishedRuns: 0 }, { ...ok("timeout"), status: 0, tickets: 0, runs: 0, finishedRuns: 0 }]);
    expect(t).toMatchObject({ sent: 3, accepted: 1, lost: 0, ticketsInDb: 1 });
    expect(t.httpStatuses).toEqual({ "201": 1, "503": 1, "0": 1 });
  });

  it("counts a ticket stored twice, a second run or a broken trace as duplicated, even when the webhook did not answer", () => {
    const t = tally([
      ok("a"),
      { ...ok("twice"), tickets: 2, runs: 2, finishedRuns: 2 },
      { ...ok("two-runs"), runs: 2, finishedRuns: 2 },
      { ...ok("broken"), brokenTraces: 1 },
      { ...ok("unanswered-but-run-twice"), status: 0, runs: 2, finishedRuns: 2 },
    ]);
    expect(t.duplicated).toBe(4);
    expect(t.duplicatedBy).toEqual({ sameExternalIdTwice: 1, twoRunsForOneTicket: 2, brokenTraces: 1 });
    expect(t.runsPerTicket).toEqual({ min: 1, max: 2 });
    expect(t.ticketsInDb).toBe(6);
    expect(t.lost).toBe(0);
  });
});

/** Samples every 30 s from `from` seconds into a life, with the given RSS values. */
const series = (life: number, values: number[], lifeStartedAtSeconds = 0): MemorySample[] =>
  values.map((rssMb, i) => ({ atSeconds: lifeStartedAtSeconds + i * 30, life, ageSeconds: i * 30, rssMb }));

describe("judgeMemory: is memory flat?", () => {
  it("leaves out the warm-up and calls a steady series flat", () => {
    // 120 MB at start (loading), then 300 MB give or take.
    const j = judgeMemory(series(1, [120, 250, 300, 305, 298, 302, 306, 301, 299, 304]));
    expect(j.flat).toBe(true);
    expect(j.firstMb).toBe(120);
    expect(j.lastMb).toBe(304);
    expect(j.maxMb).toBe(306);
    expect(j.judged?.samples).toBe(8); // the samples at 0 and 30 s are younger than the warm-up
  });

  it("calls a steady climb not flat", () => {
    const j = judgeMemory(series(1, [300, 300, 340, 380, 420, 460, 500, 540, 580, 620]));
    expect(j.flat).toBe(false);
    expect(j.judged!.growthMb).toBeGreaterThan(j.judged!.allowedMb);
  });

  it("allows a small process a fixed headroom, a large one a share", () => {
    expect(judgeMemory(series(1, [100, 100, 100, 100, 125, 125, 125])).flat).toBe(true); // +25 MB < 32 MB
    expect(judgeMemory(series(1, [1000, 1000, 1000, 1000, 1150, 1150, 1150])).flat).toBe(true); // +15% < 20%
    expect(judgeMemory(series(1, [1000, 1000, 1000, 1000, 1250, 1250, 1250])).flat).toBe(false); // +25%
  });

  it("judges a restarted process on its last life only", () => {
    // First life climbed and was killed; the new process starts low and stays flat.
    const samples = [...series(1, [300, 400, 500, 600]), ...series(2, [150, 280, 290, 285, 292, 288], 120)];
    const j = judgeMemory(samples);
    expect(j.judged?.life).toBe(2);
    expect(j.flat).toBe(true);
    expect(j.maxMb).toBe(600);
  });

  it("uses a short life's every sample when too few are past the warm-up", () => {
    const j = judgeMemory(series(3, [200, 400]));
    expect(j.judged?.samples).toBe(2);
    expect(j.flat).toBe(false);
  });

  it("gives no judgement without samples, and memoryFlat is false unless every process is judged flat", () => {
    const flat = judgeMemory(series(1, [300, 300, 300, 300]));
    const climbing = judgeMemory(series(1, [300, 300, 300, 500, 500, 500]));
    const none = judgeMemory([]);
    expect(none.flat).toBeNull();
    expect(memoryFlat([flat, flat])).toBe(true);
    expect(memoryFlat([flat, climbing])).toBe(false);
    expect(memoryFlat([flat, none])).toBe(false);
    expect(memoryFlat([])).toBe(false);
  });
});

describe("soak options", () => {
  it("reads --soak-minutes and --soak-rate in both spellings, with defaults", () => {
    expect(soakConfig(["--only=soak"], {})).toMatchObject({ minutes: 10, ratePerSecond: 5, downSeconds: 5, sampleSeconds: 30 });
    expect(soakConfig(["--soak-minutes", "2", "--soak-rate=8"], {})).toMatchObject({ minutes: 2, ratePerSecond: 8 });
    expect(soakConfig([], { BENCH_SOAK_MINUTES: "3" }).minutes).toBe(3);
  });

  it("refuses values out of bounds with a sentence naming the option", () => {
    expect(() => soakConfig(["--soak-minutes", "1000"], {})).toThrow(/--soak-minutes must be a number from 0.5 to 120/);
    expect(() => soakConfig(["--soak-rate", "fast"], {})).toThrow(/--soak-rate/);
  });

  it("kills the worker twice and Temporal once, in order, inside the soak", () => {
    expect(killPlan(10)).toEqual([
      { target: "worker", atSeconds: 150 },
      { target: "temporal", atSeconds: 300 },
      { target: "worker", atSeconds: 450 },
    ]);
  });
});
