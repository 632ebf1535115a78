import { expect, it } from "vitest";
import { homeOf } from "./home";

it("sends agents to their inbox, managers to the dashboards and the other roles to the flows", () => {
  expect(homeOf("agent")).toBe("/inbox");
  expect(homeOf("manager")).toBe("/dashboards");
  expect(homeOf("designer")).toBe("/flows");
  expect(homeOf("admin")).toBe("/flows");
});
