import { describe, expect, it } from "vitest";
import { contentWords, repeatCue, repeatsEarlier, saysTheSame } from "./repeated-question";

const ORDERED = "Card not arrived\nI ordered a new debit card two weeks ago and it still hasn't arrived. Where is it?";

describe("repeatsEarlier", () => {
  it.each([
    ["a shorter restatement of the first message", "My debit card still hasn't arrived, two weeks now", [ORDERED]],
    ["the same question reworded around the same words", "Where is my new debit card? It has not arrived.", [ORDERED]],
    ["a cue, whatever the words", "As I said, I need this sorted today", ["Can you change my billing address?"]],
    ["a cue with an apostrophe", "I ALREADY TOLD YOU my order number", ["Hi, my parcel is late"]],
    ["a repeat of a later message, not the first", "Can I get a refund for the duplicate charge?", ["Payment problem\nHello", "I was charged twice, can I get a refund for the duplicate charge please"]],
  ])("true: %s", (_, latest, earlier) => {
    expect(repeatsEarlier(latest, earlier)).toBe(true);
  });

  it.each([
    ["a follow-up on a different subject", "Also, how do I change the email address on my account?", [ORDERED]],
    ["a thank-you", "Thanks, that worked!", [ORDERED]],
    ["pleasantries shared with the first message", "ok thanks", ["Thanks ok"]],
    ["one shared word only", "What about the fee for the card?", ["Card not arrived\nWhere is it"]],
    ["no earlier message: a first message cannot repeat", "As I said, where is my card?", []],
    ["'again' inside a longer word", "The against-the-rules charge is still there", ["Hi\nI have a question about my bill"]],
  ])("false: %s", (_, latest, earlier) => {
    expect(repeatsEarlier(latest, earlier)).toBe(false);
  });
});

describe("the parts", () => {
  it("keeps content words and drops function words, pleasantries and punctuation; keeps 'not'", () => {
    expect([...contentWords("Hi! It's NOT working, please help.")]).toEqual(["not", "working", "help"]);
  });

  it("measures overlap against the shorter message", () => {
    const long = contentWords(ORDERED);
    expect(saysTheSame(contentWords("debit card arrived"), long)).toBe(true);
    expect(saysTheSame(long, contentWords("debit card arrived"))).toBe(true);
    expect(saysTheSame(contentWords("debit card fees overseas ATM"), long)).toBe(false);
  });

  it("names the cue it found", () => {
    expect(repeatCue("Like I said, the app crashes")).toBe("like i said");
    expect(repeatCue("You didn't answer my question")).toBe("didn t answer");
    expect(repeatCue("The app crashes on start")).toBeNull();
  });
});
