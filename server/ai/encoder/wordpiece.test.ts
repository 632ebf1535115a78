import { describe, expect, it } from "vitest";
import { basicTokens, WordPieceTokenizer } from "./wordpiece";

const VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "card", "un", "##able", "##s", "to", "pay", "cafe", "!", "'", "t", "東", "京", "$", "5", ".", "00"];
const tokenizer = new WordPieceTokenizer({ ids: new Map(VOCAB.map((token, id) => [token, id])) });
const ids = (...tokens: string[]) => tokens.map((t) => VOCAB.indexOf(t));

describe("basicTokens", () => {
  it("lowercases, strips accents and splits off every punctuation mark", () => {
    expect(basicTokens("Café can't PAY!!")).toEqual(["cafe", "can", "'", "t", "pay", "!", "!"]);
  });

  it("treats ASCII symbols as punctuation and CJK ideographs as words of their own", () => {
    expect(basicTokens("$5.00 東京")).toEqual(["$", "5", ".", "00", "東", "京"]);
  });

  it("drops control and format characters (a zero-width space joins its neighbours) and splits on any whitespace", () => {
    expect(basicTokens("a\u0000b\tc\nd\u200be")).toEqual(["ab", "c", "de"]);
  });
});

describe("WordPieceTokenizer", () => {
  it("wraps the pieces in [CLS] … [SEP] and splits words greedily, longest piece first", () => {
    expect(tokenizer.encode("Unable to pay cards", 64)).toEqual(ids("[CLS]", "un", "##able", "to", "pay", "card", "##s", "[SEP]"));
  });

  it("makes a word with any part outside the vocabulary one [UNK]", () => {
    expect(tokenizer.encode("cards unpayable", 64)).toEqual(ids("[CLS]", "card", "##s", "[UNK]", "[SEP]"));
  });

  it("cuts the text, never the markers, at the token budget", () => {
    expect(tokenizer.encode("pay pay pay pay", 4)).toEqual(ids("[CLS]", "pay", "pay", "[SEP]"));
    expect(tokenizer.encode("unable", 3)).toEqual(ids("[CLS]", "un", "[SEP]"));
  });

  it("answers the same for a word it has cached", () => {
    expect(tokenizer.encode("cards", 64)).toEqual(tokenizer.encode("cards", 64));
  });

  it("refuses a vocabulary without its special tokens", () => {
    expect(() => new WordPieceTokenizer({ ids: new Map([["card", 0]]) })).toThrow(/\[CLS\]/);
  });
});
