import { describe, expect, it } from "vitest";
import { FLOW_NAME_MAX, ZFlowNameSchema, freeName, nameKey } from "./flow-details";

describe("flow names", () => {
  it("refuses an empty or blank name with a sentence", () => {
    for (const name of ["", "   "]) {
      const parsed = ZFlowNameSchema.safeParse(name);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("Give the flow a name.");
    }
  });

  it("trims, and refuses names longer than the limit", () => {
    expect(ZFlowNameSchema.parse("  Billing triage ")).toBe("Billing triage");
    expect(ZFlowNameSchema.safeParse("x".repeat(FLOW_NAME_MAX)).success).toBe(true);
    expect(ZFlowNameSchema.safeParse("x".repeat(FLOW_NAME_MAX + 1)).success).toBe(false);
  });

  it("compares names trimmed and ignoring case", () => {
    expect(nameKey("  Route By Intent ")).toBe(nameKey("route by intent"));
  });

  it("offers the template's name when free, else the first free numbered one", () => {
    expect(freeName("Route by intent", ["Other"])).toBe("Route by intent");
    expect(freeName("Route by intent", ["route by intent"])).toBe("Route by intent (2)");
    expect(freeName("Route by intent", ["Route by intent", "Route by intent (2)"])).toBe("Route by intent (3)");
  });
});
