import { describe, expect, it } from "vitest";
import { isCurrent } from "./nav-items";

describe("isCurrent", () => {
  it("highlights a section on its own page and on pages under it", () => {
    expect(isCurrent("/flows", "/flows")).toBe(true);
    expect(isCurrent("/flows/abc", "/flows")).toBe(true);
    expect(isCurrent("/settings/audit", "/settings")).toBe(true);
  });

  it("does not match a section whose name is only a prefix", () => {
    expect(isCurrent("/flowsets", "/flows")).toBe(false);
    expect(isCurrent("/inbox", "/flows")).toBe(false);
    // The audit log under Settings is not the Audit section (ticket-history audit).
    expect(isCurrent("/settings/audit", "/audit")).toBe(false);
  });
});
