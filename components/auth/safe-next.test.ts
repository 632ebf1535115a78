import { expect, it } from "vitest";
import { safeNext } from "./safe-next";

it("keeps local paths and refuses anything that leaves the site", () => {
  expect(safeNext("/flows/abc/edit?x=1")).toBe("/flows/abc/edit?x=1");
  expect(safeNext(null)).toBe("/");
  expect(safeNext("//evil.example")).toBe("/");
  expect(safeNext("https://evil.example")).toBe("/");
  expect(safeNext("/\\evil.example")).toBe("/");
  expect(safeNext("/sign-in")).toBe("/");
});
