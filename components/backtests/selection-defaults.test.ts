import { describe, expect, it } from "vitest";
import { choiceValue, defaultBaseline, defaultRange, parseBaseline, parseCandidate, selectionOf, selectionSummary } from "./selection-defaults";

const versions = [
  { id: "v3", number: 3, isActive: false },
  { id: "v2", number: 2, isActive: true },
  { id: "v1", number: 1, isActive: false },
];

describe("defaultBaseline", () => {
  it("compares the draft with the active version", () => {
    expect(defaultBaseline({ kind: "draft" }, versions)).toEqual({ kind: "version", versionId: "v2" });
  });

  it("compares the draft with the newest version when none is active", () => {
    expect(defaultBaseline({ kind: "draft" }, versions.map((v) => ({ ...v, isActive: false })))).toEqual({ kind: "version", versionId: "v3" });
  });

  it("compares a version with the one before it", () => {
    expect(defaultBaseline({ kind: "version", versionId: "v3" }, versions)).toEqual({ kind: "version", versionId: "v2" });
  });

  it("falls back to the history when there is nothing earlier", () => {
    expect(defaultBaseline({ kind: "version", versionId: "v1" }, versions)).toEqual({ kind: "history" });
    expect(defaultBaseline({ kind: "draft" }, [])).toEqual({ kind: "history" });
  });
});

describe("defaultRange", () => {
  it("covers the 90 days up to and including the newest ticket's day", () => {
    expect(defaultRange("2026-03-31T17:45:00.000Z")).toEqual({ from: "2026-01-01", to: "2026-04-01" });
  });

  it("has no default without history", () => {
    expect(defaultRange(null)).toBeNull();
  });
});

it("round-trips a choice through a <select> value", () => {
  expect(parseCandidate(choiceValue({ kind: "version", versionId: "abc" }))).toEqual({ kind: "version", versionId: "abc" });
  expect(parseCandidate(choiceValue({ kind: "draft" }))).toEqual({ kind: "draft" });
  expect(parseBaseline(choiceValue({ kind: "history" }))).toEqual({ kind: "history" });
  expect(parseBaseline(choiceValue({ kind: "version", versionId: "v9" }))).toEqual({ kind: "version", versionId: "v9" });
});

describe("the selection from the dialog's fields", () => {
  it("leaves out what is empty, which means all", () => {
    expect(selectionOf({ range: { from: "2026-01-01", to: "" }, categories: [], queues: [], sampleSize: undefined })).toEqual({ from: "2026-01-01", seed: 1 });
    expect(selectionOf({ range: null, categories: ["card_arrival"], queues: ["cards"], sampleSize: 400 })).toEqual({
      categories: ["card_arrival"], queues: ["cards"], sampleSize: 400, seed: 1,
    });
  });

  it("says how many tickets match and how many will be replayed", () => {
    expect(selectionSummary({ matching: 0, replayed: 0 })).toBe("No ticket matches this selection.");
    expect(selectionSummary({ matching: 1, replayed: 1 })).toBe("1 ticket matches; it will be replayed.");
    expect(selectionSummary({ matching: 12500, replayed: 12500 })).toBe("12,500 tickets match; all will be replayed.");
    expect(selectionSummary({ matching: 12500, replayed: 400 })).toBe("12,500 tickets match; a sample of 400 will be replayed.");
  });
});
