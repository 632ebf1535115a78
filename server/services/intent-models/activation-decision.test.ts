import { describe, expect, it } from "vitest";
import { decideActivation, type TActiveScore, type THeldOutScore } from "./activation-decision";

const score = (accuracy: number, rows = 200): THeldOutScore => ({ rows, accuracy, coverageAt97: null });
const active = (accuracy: number, sawHeldOut = false): TActiveScore => ({ version: 3, score: score(accuracy), sawHeldOut });

describe("decideActivation", () => {
  it("activates a version that beats the active one by the margin", () => {
    expect(decideActivation({ candidate: score(0.881), active: active(0.85), marginPoints: 2, asked: false })).toEqual({
      activate: true,
      outcome: "beat-margin",
      reason: "3.1 points better, margin 2",
      pointsBetter: 3.1,
    });
    // Exactly the margin is enough.
    expect(decideActivation({ candidate: score(0.87), active: active(0.85), marginPoints: 2, asked: false }).activate).toBe(true);
  });

  it("keeps the active one when the new version is better by less than the margin, or worse", () => {
    expect(decideActivation({ candidate: score(0.862), active: active(0.85), marginPoints: 2, asked: false })).toMatchObject({
      activate: false,
      outcome: "short",
      reason: "1.2 points better, short of the margin of 2",
    });
    expect(decideActivation({ candidate: score(0.846), active: active(0.85), marginPoints: 2, asked: false })).toEqual({
      activate: false,
      outcome: "worse",
      reason: "0.4 points worse",
      pointsBetter: -0.4,
    });
    expect(decideActivation({ candidate: score(0.85), active: active(0.85), marginPoints: 0, asked: false })).toMatchObject({
      activate: false,
      reason: "as accurate as the active version",
    });
  });

  it("with a margin of 0, activates any improvement", () => {
    expect(decideActivation({ candidate: score(0.86), active: active(0.85), marginPoints: 0, asked: false })).toMatchObject({ activate: true, reason: "1.0 point better, margin 0" });
  });

  it("leaves the decision to a person when automatic activation is off, whatever the figures", () => {
    expect(decideActivation({ candidate: score(0.95), active: active(0.85), marginPoints: null, asked: false })).toMatchObject({
      activate: false,
      outcome: "off",
      reason: "10.0 points better; automatic activation is off, a person decides",
    });
  });

  it("does not activate on an unfair comparison: the active version saw the held-out rows", () => {
    expect(decideActivation({ candidate: score(0.95), active: active(0.85, true), marginPoints: 0, asked: false })).toEqual({
      activate: false,
      outcome: "unfair",
      reason: "the active version v3 saw the held-out tickets in its training, so a person decides",
      pointsBetter: null,
    });
  });

  it("does not activate on too few held-out rows", () => {
    expect(decideActivation({ candidate: score(1, 12), active: active(0.5), marginPoints: 2, asked: false })).toMatchObject({
      activate: false,
      outcome: "too-few",
      reason: "50.0 points better on only 12 held-out tickets, too few to decide on (at least 20)",
    });
  });

  it("activates the first version, and one a person asked for, whatever the figures", () => {
    expect(decideActivation({ candidate: score(0.2), active: null, marginPoints: null, asked: false })).toMatchObject({ activate: true, outcome: "first", pointsBetter: null });
    expect(decideActivation({ candidate: score(0.2), active: active(0.9), marginPoints: 2, asked: true })).toMatchObject({ activate: true, outcome: "asked", pointsBetter: -70 });
  });
});

describe("decideActivation without the active version's figures", () => {
  it("leaves the decision to a person", () => {
    expect(decideActivation({ candidate: score(0.9), active: { version: 2, score: null, sawHeldOut: false }, marginPoints: 0, asked: false })).toMatchObject({
      activate: false,
      outcome: "unfair",
      reason: "the active version v2 could not be loaded here to compare, so a person decides",
    });
  });
});

describe("decideActivation for the first version", () => {
  it("names it the first even when the training asked to activate it (the first start does)", () => {
    expect(decideActivation({ candidate: score(0.9), active: null, marginPoints: null, asked: true })).toMatchObject({ activate: true, outcome: "first", reason: "no version was active" });
  });
});
