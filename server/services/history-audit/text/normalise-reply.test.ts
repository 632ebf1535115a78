import { describe, expect, it } from "vitest";
import { normaliseReply } from "./normalise-reply";

describe("normaliseReply", () => {
  it("makes replies that differ only in names, numbers, links and placeholders identical", () => {
    const a = normaliseReply("Hi Ada, your order 1234 ships with Parcelforce. Track it at https://x.io/t/1 or write to help@shop.com. {{Agent Name}}");
    const b = normaliseReply("Hello Bob, your order 98 ships with Hermes. Track it at www.y.com/abc or write to a.b@c.org. {{Signature}}");
    // The greetings differ ("hi" / "hello"); everything after them must match.
    expect(a.slice(1)).toEqual(b.slice(1));
    expect(a).toContain("name");
    expect(a).toContain("#");
    expect(a).toContain("link");
    expect(a).toContain("email");
    expect(a).toContain("slot");
  });

  it("keeps the words that make two replies different", () => {
    expect(normaliseReply("Your refund is on its way.")).toEqual(["your", "refund", "is", "on", "its", "way"]);
    expect(normaliseReply("Your card is blocked.")).not.toEqual(normaliseReply("Your refund is on its way."));
  });

  it("does not treat a sentence's first word as a name", () => {
    expect(normaliseReply("Thanks. Please wait.")).toEqual(["thanks", "please", "wait"]);
  });
});
