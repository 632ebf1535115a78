import { afterEach, describe, expect, it, vi } from "vitest";
import type { LoadedIntentModel } from "./active-model";
import { keepIntentModelLoaded } from "./keep-loaded";

function model(version: number, embed = vi.fn(async () => new Float32Array(4))): LoadedIntentModel {
  return { name: `v${version}`, version, model: {} as LoadedIntentModel["model"], encoder: { name: "enc", dim: 4, embed } };
}

describe("keepIntentModelLoaded", () => {
  afterEach(() => vi.useRealTimers());

  it("loads at once, runs the encoder once per version, and asks again on its cadence", async () => {
    vi.useFakeTimers();
    const v1 = model(1);
    const v2 = model(2);
    const answers: Array<LoadedIntentModel | null> = [null, v1, v1, v2];
    const load = vi.fn(async () => (answers.length > 0 ? answers.shift()! : v2));
    const stop = keepIntentModelLoaded(load, 1_000);

    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1); // nothing trained yet: nothing to warm
    await vi.advanceTimersByTimeAsync(2_000);
    expect(v1.encoder!.embed).toHaveBeenCalledTimes(1); // v1 twice, warmed once
    await vi.advanceTimersByTimeAsync(1_000);
    expect(v2.encoder!.embed).toHaveBeenCalledTimes(1);
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it("keeps trying after a failed load", async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const v1 = model(1);
    const load = vi.fn().mockRejectedValueOnce(new Error("database down")).mockResolvedValue(v1);
    const stop = keepIntentModelLoaded(load, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    stop();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("database down"));
    expect(v1.encoder!.embed).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
