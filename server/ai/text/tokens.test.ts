import { describe, expect, it } from "vitest";
import { splitSentences, plainInline } from "./sentences";
import { stem, terms, words } from "./tokens";

describe("tokens", () => {
  it("maps inflected forms to one stem", () => {
    const groups = [
      ["charge", "charged", "charges", "charging"],
      ["refund", "refunds", "refunded", "refunding"],
      ["delivery", "deliveries"],
      ["stop", "stopped", "stopping"],
      ["cancel", "cancelled", "cancelling", "cancels"],
    ];
    for (const g of groups) expect(new Set(g.map(stem)).size, g.join(",")).toBe(1);
    expect(stem("card")).not.toBe(stem("cart"));
  });

  it("drops stop words and apostrophes", () => {
    expect(words("Don't CHARGE me!")).toEqual(["dont", "charge", "me"]);
    expect(terms("I don't want to be charged for the transfers")).toEqual(["charg", "transfer"]);
  });
});

describe("sentences", () => {
  it("turns inline Markdown into plain text", () => {
    expect(plainInline("Tap **Cancel** in [Settings](https://x.test/s) and `run`")).toBe("Tap Cancel in Settings (https://x.test/s) and run");
  });

  it("splits prose, keeps list items and numbering, skips headings", () => {
    expect(splitSentences("## Steps\n\nDo this first. Then 5.5 days pass.\n\n- one\n- **two**\n\n1. First\n2) Second")).toEqual([
      { text: "Do this first.", kind: "line" },
      { text: "Then 5.5 days pass.", kind: "line" },
      { text: "- one", kind: "item" },
      { text: "- two", kind: "item" },
      { text: "1. First", kind: "item" },
      { text: "2. Second", kind: "item" },
    ]);
  });
});
