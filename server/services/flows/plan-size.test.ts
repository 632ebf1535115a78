import { describe, expect, it } from "vitest";
import type { FlowPlan } from "../../../workflows/model/plan";
import { PlanTooLargeError } from "./flow-errors";
import { assertPlanFits } from "./plan-size";

/** A plan of one trigger whose label makes it about `bytes` long. */
function planOf(bytes: number): FlowPlan {
  return {
    planVersion: 2,
    entry: { "ticket.created": "t" },
    nodes: { t: { id: "t", type: "trigger", label: "x".repeat(bytes), config: { on: "ticket.created" }, next: {} } },
  };
}

describe("assertPlanFits", () => {
  it("passes a plan under the limit and answers its size in bytes", () => {
    expect(assertPlanFits(planOf(1_000), 2_000)).toBe(Buffer.byteLength(JSON.stringify(planOf(1_000))));
  });

  it("refuses a plan over the limit with a sentence giving both sizes", () => {
    expect(() => assertPlanFits(planOf(1_830_000))).toThrow(PlanTooLargeError);
    expect(() => assertPlanFits(planOf(1_830_000))).toThrow(
      "This flow compiles to 1.83 MB; the live engine takes at most 1.5 MB: split it into smaller flows or shorten its longest messages and conditions.",
    );
  });

  it("counts bytes, not characters: text outside ASCII takes more room", () => {
    const plan = planOf(0);
    plan.nodes["t"]!.label = "é".repeat(900);
    expect(() => assertPlanFits(plan, 1_500)).toThrow(PlanTooLargeError);
  });
});
