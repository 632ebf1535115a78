import { describe, expect, it } from "vitest";
import { withTypedWords } from "./typed-words";

describe("a word list with what is being typed", () => {
  it("adds the typed word after the confirmed ones", () => {
    expect(withTypedWords(["refund"], "charge")).toEqual(["refund", "charge"]);
  });

  it("adds nothing for blank text or a word already there", () => {
    expect(withTypedWords(["refund"], "  ")).toEqual(["refund"]);
    expect(withTypedWords(["refund"], " refund ")).toEqual(["refund"]);
  });

  it("splits pasted, comma-separated words", () => {
    expect(withTypedWords([], "refund, chargeback,")).toEqual(["refund", "chargeback"]);
  });
});
