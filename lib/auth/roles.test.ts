import { describe, expect, it } from "vitest";
import { can, forbiddenMessage, isRole, ROLES, type Permission, type Role } from "./roles";

describe("can", () => {
  const cases: Array<[Role, Permission, boolean]> = [
    ["admin", "flows.publish", true],
    ["admin", "users.manage", true],
    ["admin", "audit.read", true],
    ["designer", "flows.edit", true],
    ["designer", "flows.publish", false],
    ["designer", "users.manage", false],
    ["publisher", "flows.edit", true],
    ["publisher", "flows.publish", true],
    ["publisher", "audit.read", false],
    ["agent", "tickets.read", true],
    ["agent", "tickets.act", true],
    ["manager", "tickets.act", false],
    ["publisher", "tickets.act", false],
    ["agent", "flows.read", true],
    ["agent", "flows.edit", false],
    ["agent", "tickets.feedback", true],
    ["manager", "tickets.feedback", false],
    ["designer", "tickets.feedback", false],
    ["manager", "settings.read", true],
    ["manager", "flows.read", true],
    ["manager", "flows.publish", false],
    ["manager", "audit.read", false],
    ["designer", "history.audit", true],
    ["manager", "history.audit", false],
    ["manager", "history.read", true],
    ["manager", "knowledge.edit", false],
    ["agent", "backtests.run", false],
  ];
  it.each(cases)("%s may %s: %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("refuses without a role", () => {
    expect(can(null, "flows.read")).toBe(false);
  });
});

describe("forbiddenMessage", () => {
  it("names the roles that may and the role the user has", () => {
    expect(forbiddenMessage("designer", "flows.publish")).toBe("Publishing needs the publisher or admin role; you are a designer");
    expect(forbiddenMessage("agent", "users.manage")).toBe("Managing users needs the admin role; you are an agent");
  });
});

it("isRole accepts exactly the five roles", () => {
  for (const role of ROLES) expect(isRole(role)).toBe(true);
  expect(isRole("root")).toBe(false);
});
