import { describe, expect, it } from "vitest";
import { rollbackReason } from "./rollback-message";

describe("rollbackReason", () => {
  it("sends nothing for the untouched prefilled message, so the server uses the version's own message", () => {
    expect(rollbackReason("Rollback to v1", 1)).toBeUndefined();
    expect(rollbackReason("  rollback to v1:  ", 1)).toBeUndefined();
    expect(rollbackReason("", 1)).toBeUndefined();
  });

  it("keeps what the user added after the prefix", () => {
    expect(rollbackReason("Rollback to v1: SLA too tight", 1)).toBe("SLA too tight");
    expect(rollbackReason("Rollback to v1 - SLA too tight", 1)).toBe("SLA too tight");
  });

  it("keeps a message that does not start with this version's prefix", () => {
    expect(rollbackReason("SLA too tight", 1)).toBe("SLA too tight");
    expect(rollbackReason("Rollback to v12", 1)).toBe("Rollback to v12");
  });
});
