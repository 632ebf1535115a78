import { describe, expect, it } from "vitest";
import { asksForHuman } from "./human-request";

const REQUESTS: readonly string[] = [
  "Can I speak to a human please?",
  "I want to talk to a real person",
  "Let me speak to someone who can actually help",
  "Please transfer me to an agent",
  "Connect me with a representative",
  "I need a human, not a script",
  "Get me a manager right now",
  "I want to speak to your supervisor",
  "Is this a bot? I keep getting the same answer",
  "Are you a real person?",
  "Am I talking to a robot?",
  "Stop sending me bots and answer my question",
  "Can someone call me on 07700 900123?",
  "Please call me back today",
  "give me a call when you can",
  "HUMAN",
  "agent please",
  "Representative",
  "Why can't I talk to a person??",
  "I don't want a refund, I want to talk to a human",
  "No more bots. Put me through to a live agent.",
  "I've been waiting for days, let me chat with someone from your team",
  "Could you escalate this to a manager",
  "I would like to speak with an actual human being",
  "I need to talk to my account manager",
  "I don't want to talk to a bot",
  "Thanks but I still need a person to look at this",
];

const NOT_REQUESTS: readonly string[] = [
  "I don't need a human, just send me the reset link",
  "No need to call me, email is fine",
  "Please don't call me, I am at work",
  "You don't have to transfer me, I found the answer",
  "I spoke to an agent yesterday and they said it was fixed",
  "The agent I talked to was very helpful",
  "My card was declined at the supermarket",
  "How do I reset my password?",
  "I'd rather not speak to anyone, just fix the app",
  "Talking to an agent is not necessary, thanks",
  "No human needed, the article answered it",
  "Your representative told me the refund would come in 3 days",
  "Never mind the call, it works now",
  "It was a human error on my side, sorry",
  "Can you send me the invoice for March?",
  "I am not looking to speak to anyone, I just want my money back",
  "The person who sent me money used the wrong IBAN",
];

describe("asksForHuman", () => {
  it.each(REQUESTS)("is a request: %s", (text) => {
    expect(asksForHuman(text)).toBe(true);
  });

  it.each(NOT_REQUESTS)("is not a request: %s", (text) => {
    expect(asksForHuman(text)).toBe(false);
  });

  it("keeps a negation in its own clause", () => {
    expect(asksForHuman("I don't need the link. Transfer me to an agent")).toBe(true);
    expect(asksForHuman("Transfer me to an agent")).toBe(true);
    expect(asksForHuman("Don't transfer me to an agent")).toBe(false);
  });
});
