import { describe, expect, it } from "vitest";
import { auditActionLabel, auditVersion, rolledBackTo } from "./audit-actions";

describe("audit action names", () => {
  it("names the known actions and shows unknown ones as stored", () => {
    expect(auditActionLabel("flow.publish")).toBe("Published");
    expect(auditActionLabel("flow.rollback")).toBe("Rolled back");
    expect(auditActionLabel("flow.shadow-publish")).toBe("Shadow-published");
    expect(auditActionLabel("settings.live-flow")).toBe("Made live");
    expect(auditActionLabel("flow.create")).toBe("Created");
    expect(auditActionLabel("queue.rename")).toBe("queue.rename");
  });

  it("reads the version from a publish's and a live-flow change's details", () => {
    expect(auditVersion({ version: 3, replacedVersion: 2 })).toBe(3);
    expect(auditVersion({ previousFlowId: "x", activeVersion: 2 })).toBe(2);
    expect(auditVersion({ name: "x", template: null })).toBeNull();
    expect(auditVersion(null)).toBeNull();
    expect(rolledBackTo({ version: 4, rolledBackTo: 1 })).toBe(1);
  });
});
