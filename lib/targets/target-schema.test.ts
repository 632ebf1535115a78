import { describe, expect, it } from "vitest";
import { ZSetTargetSchema } from "./target-schema";

const key = { metric: "automation-rate", category: "", horizonMonths: 3 };

describe("ZSetTargetSchema", () => {
  it("takes a share as a fraction and a duration in hours", () => {
    expect(ZSetTargetSchema.parse({ key, value: 0.45 })).toMatchObject({ key: { metric: "automation-rate", category: "", horizonMonths: 3 }, value: 0.45 });
    expect(ZSetTargetSchema.safeParse({ key: { ...key, metric: "first-response" }, value: 2.5 }).success).toBe(true);
  });

  it("refuses values out of range, other horizons and a category on a metric that has none, in the user's words", () => {
    const messages = (input: unknown) => ZSetTargetSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages({ key, value: 1.2 })).toEqual(["value: Set a percentage above 0 and at most 100."]);
    expect(messages({ key: { ...key, metric: "first-response" }, value: 0 })).toEqual(["value: Set a number of hours above 0 and at most 720 (30 days)."]);
    expect(messages({ key: { ...key, horizonMonths: 4 }, value: 0.5 })).toEqual(["key.horizonMonths: Choose a target date 3, 6 or 12 months ahead."]);
    expect(messages({ key: { ...key, metric: "ai-accuracy", category: "Refunds" }, value: 0.9 })).toEqual([
      "key.category: Only the automation rate can be set for one category; leave the category on “All tickets”.",
    ]);
  });
});
