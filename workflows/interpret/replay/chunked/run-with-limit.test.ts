import { describe, expect, it } from "vitest";
import { runWithLimit } from "./run-with-limit";

/** A task whose settling the test controls, to observe what is in flight at each moment. */
function controlledTasks() {
  const pending = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  const started: number[] = [];
  const task = (index: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(index);
      pending.set(index, { resolve, reject });
    });
  const settle = async (index: number, error?: Error) => {
    const p = pending.get(index)!;
    pending.delete(index);
    if (error) p.reject(error);
    else p.resolve();
    // Let the lane pick up its next task.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { task, started, pending, settle };
}

describe("runWithLimit", () => {
  it("keeps at most `limit` tasks in flight and starts them in index order as earlier ones settle", async () => {
    const t = controlledTasks();
    const done = runWithLimit(6, 2, t.task);
    expect(t.started).toEqual([0, 1]);
    await t.settle(1);
    expect(t.started).toEqual([0, 1, 2]);
    expect([...t.pending.keys()].sort()).toEqual([0, 2]);
    await t.settle(0);
    await t.settle(2);
    expect(t.started).toEqual([0, 1, 2, 3, 4]);
    await t.settle(3);
    await t.settle(4);
    await t.settle(5);
    await expect(done).resolves.toBeUndefined();
    expect(t.started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("runs every task once when the limit exceeds the count, and nothing for a count of zero", async () => {
    const seen: number[] = [];
    await runWithLimit(3, 10, async (i) => void seen.push(i));
    expect(seen).toEqual([0, 1, 2]);
    await runWithLimit(0, 4, async () => void seen.push(-1));
    expect(seen).toEqual([0, 1, 2]);
  });

  it("rejects with the first failure and starts no further task", async () => {
    const t = controlledTasks();
    const done = runWithLimit(10, 3, t.task);
    done.catch(() => undefined);
    await t.settle(1, new Error("chunk 1 broke"));
    await expect(done).rejects.toThrow("chunk 1 broke");
    // The two still in flight finish; nothing new starts after the failure.
    await t.settle(0);
    await t.settle(2);
    expect(t.started).toEqual([0, 1, 2]);
  });

  it("refuses a limit that is not a positive integer", async () => {
    await expect(runWithLimit(3, 0, async () => undefined)).rejects.toThrow(/positive integer, got 0/);
  });
});
