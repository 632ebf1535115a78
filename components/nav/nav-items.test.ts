import { describe, expect, it } from "vitest";
import { currentItemHref, isCurrent, PRIMARY_NAV } from "./nav-items";

describe("isCurrent", () => {
  it("highlights a section on its own page and on pages under it", () => {
    expect(isCurrent("/flows", "/flows")).toBe(true);
    expect(isCurrent("/flows/abc", "/flows")).toBe(true);
    expect(isCurrent("/settings/audit-log", "/settings")).toBe(true);
  });

  it("does not match a section whose name is only a prefix", () => {
    expect(isCurrent("/flowsets", "/flows")).toBe(false);
    expect(isCurrent("/inbox", "/flows")).toBe(false);
    // The audit log under Settings is not the Audit section (ticket-history audit).
    expect(isCurrent("/settings/audit-log", "/history-audit")).toBe(false);
  });
});

describe("currentItemHref", () => {
  it("highlights the most specific section only", () => {
    expect(currentItemHref("/settings/ai", PRIMARY_NAV)).toBe("/settings/ai");
    expect(currentItemHref("/settings/users", PRIMARY_NAV)).toBe("/settings");
    expect(currentItemHref("/history-audit/tiers", PRIMARY_NAV)).toBe("/history-audit");
    expect(currentItemHref("/review/shadow", PRIMARY_NAV)).toBe("/review/shadow");
    expect(currentItemHref("/review/2026-W50", PRIMARY_NAV)).toBe("/review");
    expect(currentItemHref("/sign-in", PRIMARY_NAV)).toBeNull();
  });
});
