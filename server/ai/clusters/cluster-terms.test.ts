import { describe, expect, it } from "vitest";
import { distinctiveTerms } from "./cluster-terms";

const texts = [
  "How do I check the balance on my gift card?",
  "My gift card shows zero balance",
  "The gift card code is not accepted at checkout",
  "I need help with my account, the checkout page is blank",
  "Please help, my account is locked",
  "Help me change my account email",
];

describe("distinctiveTerms", () => {
  it("names a group by the phrase its texts share, not by its words one by one", () => {
    const terms = distinctiveTerms(texts, [0, 1, 2]);
    expect(terms[0]).toBe("gift card");
    expect(terms).not.toContain("gift");
    expect(terms).not.toContain("card");
    expect(terms).toContain("balance");
  });

  it("takes a three-word phrase over its two-word parts when every text of the group has it", () => {
    const subjects = ["Gift card balance: how to check", "Gift card balance shows zero", "Gift card balance wrong", "Parcel late"];
    expect(distinctiveTerms(subjects, [0, 1, 2])[0]).toBe("gift card balance");
  });

  it("prefers terms the other texts do not use", () => {
    // "account" is in all three; "checkout" is also in text 2 outside the group, so it ranks below group-only terms.
    const terms = distinctiveTerms(texts, [3, 4, 5]);
    expect(terms[0]).toBe("account");
    expect(terms).not.toContain("checkout");
  });

  it("leaves out stop words, numbers, identifiers and words of one text only", () => {
    const terms = distinctiveTerms(["refund 123 for the order x7k2", "refund for the lamp x7k2", "refund for my chair x7k2"], [0, 1, 2], 5);
    expect(terms).toEqual(["refund"]);
  });
});
