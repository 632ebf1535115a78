import { describe, expect, it } from "vitest";
import { draftEdit, wordEditDistance } from "./draft-outcome";

const draft = "Open Settings, choose Security and press Reset password. The link arrives by email within a few minutes.";

describe("wordEditDistance", () => {
  it("counts words inserted, deleted and replaced", () => {
    expect(wordEditDistance([], [])).toBe(0);
    expect(wordEditDistance(["a", "b", "c"], ["a", "b", "c"])).toBe(0);
    expect(wordEditDistance(["a", "b", "c"], ["a", "x", "c"])).toBe(1);
    expect(wordEditDistance(["a", "b", "c"], ["a", "c"])).toBe(1);
    expect(wordEditDistance(["a", "c"], ["a", "b", "c", "d"])).toBe(2);
    expect(wordEditDistance([], ["a", "b"])).toBe(2);
    expect(wordEditDistance(["kitten", "sat"], ["sitting", "sat", "down"])).toBe(2);
  });
});

describe("draftEdit", () => {
  it("calls a reply sent as drafted when only spacing and line breaks differ", () => {
    expect(draftEdit(draft, `  ${draft.replace(". The", ".\n\nThe")}  `)).toEqual({ outcome: "sent", wordEdits: 0, editRatio: 0 });
  });

  it("calls a greeting added and a word changed an edit, with the share of words changed", () => {
    const sent = `Hi Ada, ${draft.replace("a few", "five")}`;
    const edit = draftEdit(draft, sent);
    expect(edit.outcome).toBe("edited");
    // Two words added in front, "a few" became "five": one replaced, one deleted.
    expect(edit.wordEdits).toBe(4);
    expect(edit.editRatio).toBeCloseTo(4 / 18);
  });

  it("calls a reply that keeps less than half of the draft rewritten", () => {
    const edit = draftEdit(draft, "We have reset your password for you; check your inbox.");
    expect(edit.outcome).toBe("rewritten");
    expect(edit.editRatio).toBeGreaterThan(0.5);
    expect(edit.editRatio).toBeLessThanOrEqual(1);
  });

  it("puts exactly half changed on the edited side of the cut-off", () => {
    expect(draftEdit("one two three four", "one two five six")).toEqual({ outcome: "edited", wordEdits: 2, editRatio: 0.5 });
    expect(draftEdit("one two three four", "one five six seven")).toMatchObject({ outcome: "rewritten", editRatio: 0.75 });
  });

  it("counts a draft cut down to a few of its words against the draft's length", () => {
    expect(draftEdit("one two three four five six seven eight", "one two")).toMatchObject({ outcome: "rewritten", wordEdits: 6, editRatio: 0.75 });
  });
});
