import { describe, expect, it } from "vitest";
import { actorFromHeaders, DEFAULT_ACTOR } from "./actor";

describe("actorFromHeaders", () => {
  it("takes x-studio-user, trimmed, and falls back to the studio", () => {
    expect(actorFromHeaders(new Headers({ "x-studio-user": "  ada@example.com " }))).toBe("ada@example.com");
    expect(actorFromHeaders(new Headers())).toBe(DEFAULT_ACTOR);
    expect(actorFromHeaders(new Headers({ "x-studio-user": "   " }))).toBe(DEFAULT_ACTOR);
  });

  it("keeps stored names short", () => {
    expect(actorFromHeaders(new Headers({ "x-studio-user": "x".repeat(500) }))).toHaveLength(120);
  });
});
