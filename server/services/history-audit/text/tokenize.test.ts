import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it("lower-cases, drops punctuation and function words, keeps negations", () => {
    expect(tokenize("Hi! My card is NOT working, can't pay.")).toEqual(["card", "not", "working", "cant", "pay"]);
  });

  it("collapses anything with a digit to #, which only function-word mode keeps", () => {
    expect(tokenize("Order 1234 shipped on 2024-05-01", { keepStopwords: true })).toEqual(["order", "#", "shipped", "on", "#", "#", "#"]);
    expect(tokenize("Order 1234 shipped on 2024-05-01")).toEqual(["order", "shipped"]);
  });

  it("keeps function words when asked", () => {
    expect(tokenize("I am at the bank", { keepStopwords: true })).toEqual(["i", "am", "at", "the", "bank"]);
  });

  it("handles letters outside ASCII and empty text", () => {
    expect(tokenize("Überweisung fehlgeschlagen")).toEqual(["überweisung", "fehlgeschlagen"]);
    expect(tokenize("  ... ")).toEqual([]);
  });
});
