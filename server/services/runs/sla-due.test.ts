import { describe, expect, it } from "vitest";
import { slaDueOf } from "./sla-due";

const line = (decision: string, nodeType = "sla-timer", deadline?: string) => ({
  seq: 1, at: "2026-12-07T10:00:00.000Z", nodeId: "n", nodeType, decision, reason: "r", ...(deadline ? { details: { deadline } } : {}),
});

describe("slaDueOf", () => {
  it("takes the deadline of a timer that starts waiting or finds it passed, and clears it when met", () => {
    expect(slaDueOf([line("waiting", "sla-timer", "2026-12-07T14:00:00.000Z")])?.toISOString()).toBe("2026-12-07T14:00:00.000Z");
    expect(slaDueOf([line("breached", "sla-timer", "2026-12-07T09:00:00.000Z")])?.toISOString()).toBe("2026-12-07T09:00:00.000Z");
    expect(slaDueOf([line("waiting", "sla-timer", "2026-12-07T14:00:00.000Z"), line("met")])).toBeNull();
  });

  it("leaves the ticket as it is for a batch without SLA lines or with only a timer's breach", () => {
    expect(slaDueOf([line("routed", "route")])).toBeUndefined();
    expect(slaDueOf([line("breached")])).toBeUndefined();
    expect(slaDueOf([line("waiting", "sla-timer", "not a time")])).toBeUndefined();
  });
});
