import { describe, expect, it } from "vitest";
import { wrap } from "./review-pdf";

const mono = { widthOfTextAtSize: (text: string, size: number) => text.length * size };

describe("PDF line wrapping", () => {
  it("breaks at spaces within the width and cuts a word longer than a line", () => {
    expect(wrap("one two three four", mono, 1, 9)).toEqual(["one two", "three", "four"]);
    expect(wrap("abcdefghijkl xy", mono, 1, 5)).toEqual(["abcde", "fghij", "kl xy"]);
    expect(wrap("", mono, 1, 5)).toEqual([""]);
  });
});
