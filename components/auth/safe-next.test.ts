import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps local paths with their query and fragment", () => {
    expect(safeNext("/flows/abc/edit?x=1")).toBe("/flows/abc/edit?x=1");
    expect(safeNext("/tickets?status=open#top")).toBe("/tickets?status=open#top");
    expect(safeNext("/")).toBe("/");
  });

  it("sends nothing, other sites and the sign-in page itself to the role's home", () => {
    expect(safeNext(null)).toBe("/");
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext("")).toBe("/");
    expect(safeNext("flows")).toBe("/");
    expect(safeNext("//evil.example")).toBe("/");
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext("/sign-in")).toBe("/");
    expect(safeNext("/sign-in?next=/flows")).toBe("/");
    expect(safeNext("/./sign-in")).toBe("/");
    expect(safeNext("/flows/../sign-in")).toBe("/");
  });

  // Each of these is what a browser turns into another host once the query string is decoded.
  it.each([
    ["a tab between the slashes", "/\t/evil.example"],
    ["a newline between the slashes", "/\n/evil.example"],
    ["a carriage return between the slashes", "/\r/evil.example"],
    ["a backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a backslash then a slash", "/\\/evil.example"],
    ["a leading tab", "\t//evil.example"],
    ["a NUL byte", "/\u0000/evil.example"],
    ["DEL", "/\u007f/evil.example"],
    ["credentials before a host", "//user:pass@evil.example"],
  ])("refuses %s", (_, next) => {
    expect(safeNext(next)).toBe("/");
  });

  // Encoded once more: still a path here to the browser, but refused anyway, as a proxy may decode it.
  it.each([
    ["%09", "/%09/evil.example"],
    ["%0A", "/%0A/evil.example"],
    ["%0D", "/%0d/evil.example"],
    ["%5C", "/%5Cevil.example"],
    ["%5C%5C", "/%5C%5Cevil.example"],
    ["%2F%2F", "/%2F%2Fevil.example"],
    ["%2F with spaces", "/%20%2Fevil.example"],
    ["a broken escape", "/%E0%A4%A"],
  ])("refuses the encoded variant %s", (_, next) => {
    expect(safeNext(next)).toBe("/");
  });

  it("whatever it returns stays on this site when the browser resolves it", () => {
    const here = "https://studio.example.com";
    for (const next of ["/flows", "/\t/evil.example", "/%09/evil.example", "/\\evil.example", "/%5Cevil.example", "/a?b=//evil.example"]) {
      expect(new URL(safeNext(next), here).origin).toBe(here);
    }
  });
});
