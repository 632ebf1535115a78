import { describe, expect, it } from "vitest";
import { intercomPriority, intercomStateChange, STATUS_BY_TOPIC } from "./map-status";

const NOW = Date.UTC(2026, 11, 7, 9, 30, 0);

describe("Intercom status and priority mapping", () => {
  it("closes solved and closed conversations", () => {
    expect(intercomStateChange("solved", "42", 24, NOW)).toEqual({ message_type: "close", type: "admin", admin_id: "42" });
    expect(intercomStateChange("closed", "42", 24, NOW)).toEqual({ message_type: "close", type: "admin", admin_id: "42" });
  });

  it("snoozes pending conversations for the configured hours, in unix seconds", () => {
    expect(intercomStateChange("pending", "42", 24, NOW)).toEqual({ message_type: "snoozed", admin_id: "42", snoozed_until: NOW / 1000 + 24 * 3600 });
    expect(intercomStateChange("pending", "42", 2, NOW + 999)).toEqual({ message_type: "snoozed", admin_id: "42", snoozed_until: NOW / 1000 + 2 * 3600 });
  });

  it("opens open conversations", () => {
    expect(intercomStateChange("open", "42", 24, NOW)).toEqual({ message_type: "open", admin_id: "42" });
  });

  it("marks urgent and high as priority, normal and low as not", () => {
    expect(["low", "normal", "high", "urgent"].map((p) => intercomPriority(p as "low"))).toEqual(["not_priority", "not_priority", "priority", "priority"]);
  });

  it("reads the state topics back as the studio's statuses", () => {
    expect(STATUS_BY_TOPIC).toEqual({ "conversation.admin.closed": "closed", "conversation.admin.snoozed": "pending", "conversation.admin.opened": "open" });
  });
});
