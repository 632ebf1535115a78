import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, emptyHistory, record, redo, undo } from "./history";

describe("undo stack", () => {
  it("undoes and redoes in order, and a new edit clears the redo side", () => {
    let h = emptyHistory<number>();
    h = record(h, 0, undefined, 0);
    h = record(h, 1, undefined, 10);
    const u1 = undo(h, 2)!;
    expect(u1.state).toBe(1);
    const u2 = undo(u1.history, 1)!;
    expect(u2.state).toBe(0);
    const r = redo(u2.history, 0)!;
    expect(r.state).toBe(1);
    expect(record(r.history, 1, undefined, 20).future).toEqual([]);
    expect(undo(emptyHistory<number>(), 0)).toBeUndefined();
  });

  it("coalesces quick edits with the same key into one step", () => {
    let h = emptyHistory<string>();
    h = record(h, "", "label", 0);
    h = record(h, "a", "label", 300);
    h = record(h, "ab", "label", 600);
    expect(h.past).toEqual([""]);
    h = record(h, "abc", "label", 5000);
    expect(h.past).toEqual(["", "abc"]);
  });

  it("keeps at most HISTORY_LIMIT steps", () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = record(h, i, undefined, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
