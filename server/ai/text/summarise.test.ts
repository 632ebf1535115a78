import { describe, expect, it } from "vitest";
import { summariseConversation } from "./summarise";

describe("summariseConversation", () => {
  const conversation = [
    { author: "customer" as const, body: "Hi there. My card payment at the airport was declined twice and I don't know why. Thanks, Ada" },
    { author: "ai" as const, body: "Hi, thanks for getting in touch. A payment can be declined when the card is frozen or the spending limit is reached. If this does not solve it, just reply." },
    { author: "customer" as const, body: "The card is not frozen. My card payment was declined again." },
    { author: "customer" as const, body: "I am still waiting. This is the third time I write, let me speak to a real person." },
  ];

  it("gives the problem, what was added, what was tried and the customer's state in at most four sentences", () => {
    expect(summariseConversation(conversation)).toBe(
      [
        "Customer: My card payment at the airport was declined twice and I don't know why.",
        "Later added: The card is not frozen. This is the third time I write, let me speak to a real person.",
        "Already tried (AI reply): A payment can be declined when the card is frozen or the spending limit is reached.",
        "The customer wrote 3 times, is frustrated and asked for a human.",
      ].join(" "),
    );
  });

  it("is deterministic and skips greetings and sign-offs", () => {
    expect(summariseConversation(conversation)).toBe(summariseConversation([...conversation]));
    expect(summariseConversation([{ author: "customer", body: "Hello! How do I change my PIN? Thanks" }])).toBe("Customer: How do I change my PIN?");
  });

  it("names agents' replies and counts them", () => {
    const s = summariseConversation([
      { author: "customer", body: "Where is my refund?" },
      { author: "agent", body: "We sent it on Monday." },
      { author: "agent", body: "Please check your statement for the refund from Monday." },
    ]);
    expect(s).toContain("Already tried (agent, 2 replies so far): Please check your statement for the refund from Monday.");
  });

  it("clips very long sentences and returns nothing for an empty conversation", () => {
    const long = `My problem is ${"very ".repeat(80)}long`;
    expect(summariseConversation([{ author: "customer", body: long }]).length).toBeLessThan(240);
    expect(summariseConversation([])).toBe("");
  });
});
