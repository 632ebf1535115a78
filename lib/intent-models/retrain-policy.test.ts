import { describe, expect, it } from "vitest";
import { nextRetrainAt, ZRetrainPolicySchema } from "./retrain-policy";

describe("nextRetrainAt", () => {
  const last = new Date("2026-12-01T10:00:00Z");

  it("is a day or a week after the newest training started", () => {
    expect(nextRetrainAt("daily", last)).toEqual(new Date("2026-12-02T10:00:00Z"));
    expect(nextRetrainAt("weekly", last)).toEqual(new Date("2026-12-08T10:00:00Z"));
  });

  it("is due at once when no version was ever trained, and never when the schedule is off", () => {
    expect(nextRetrainAt("daily", null)!.getTime()).toBe(0);
    expect(nextRetrainAt("never", last)).toBeNull();
    expect(nextRetrainAt("never", null)).toBeNull();
  });
});

describe("the retraining policy", () => {
  it("takes a margin in points, or none, and refuses one out of range in words", () => {
    expect(ZRetrainPolicySchema.parse({ schedule: "weekly", autoActivateMargin: 2 })).toEqual({ schedule: "weekly", autoActivateMargin: 2 });
    expect(ZRetrainPolicySchema.parse({ schedule: "never", autoActivateMargin: null }).autoActivateMargin).toBeNull();
    const negative = ZRetrainPolicySchema.safeParse({ schedule: "daily", autoActivateMargin: -1 });
    expect(negative.success).toBe(false);
    expect(negative.error!.issues[0]!.message).toBe("The margin cannot be below 0 points");
    expect(ZRetrainPolicySchema.safeParse({ schedule: "hourly", autoActivateMargin: null }).success).toBe(false);
  });
});
