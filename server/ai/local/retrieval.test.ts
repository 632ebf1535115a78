import { describe, expect, it } from "vitest";
import kb from "./fixtures/small-kb.json";
import { buildKbIndex, normaliseScore, searchKbIndex, STRONG_MATCH_SCORE } from "./retrieval";

const index = buildKbIndex(kb);

describe("BM25 retrieval over KB sections", () => {
  it.each([
    ["I forgot my password and need to reset it", "kb-password", null],
    ["the password reset email never arrived", "kb-password", "The reset email did not arrive"],
    ["locked out of my account after too many attempts", "kb-password", "Locked out after too many attempts"],
    ["when does my new card arrive", "kb-card-delivery", null],
    ["how do I cancel a transfer I just made", "kb-transfer", "Cancel a transfer"],
    ["my transfer is still pending", "kb-transfer", "The transfer is still pending"],
    ["what exchange rate do you use when I pay abroad", "kb-fees", null],
    ["why is currency exchange more expensive on weekends", "kb-fees", "Weekend exchange"],
    ["please close my account", "kb-close", null],
  ])("%s -> %s / %s", (query, articleId, section) => {
    const [top] = searchKbIndex(index, query, 3);
    expect(top).toMatchObject({ articleId, section });
  });

  it("returns passages best first with scores in 0..1, at most `limit`", () => {
    const hits = searchKbIndex(index, "card transfer fees password", 4);
    expect(hits).toHaveLength(4);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((s) => s > 0 && s < 1)).toBe(true);
  });

  it("indexes the section text, not the whole article, and names the section", () => {
    const [top] = searchKbIndex(index, "spam folder", 1);
    expect(top?.text).toBe("Check your spam folder, then request a new link. Only the newest link works.");
    expect(top?.section).toBe("The reset email did not arrive");
  });

  it("finds inflected forms through stemming and ignores stop words", () => {
    expect(searchKbIndex(index, "cancelling transfers", 1)[0]?.section).toBe("Cancel a transfer");
    expect(searchKbIndex(index, "the and of to it is", 5)).toEqual([]);
  });

  it("puts an answerable question above the strong-match bar and an unrelated one below it", () => {
    expect(searchKbIndex(index, "I forgot my password, how do I reset it?", 1)[0]!.score).toBeGreaterThanOrEqual(STRONG_MATCH_SCORE);
    const unrelated = searchKbIndex(index, "can I get a mortgage for a house", 1)[0]?.score ?? 0;
    expect(unrelated).toBeLessThan(STRONG_MATCH_SCORE);
  });

  it("returns nothing from an empty KB or for limit 0", () => {
    expect(searchKbIndex(buildKbIndex([]), "password", 3)).toEqual([]);
    expect(searchKbIndex(index, "password", 0)).toEqual([]);
  });

  it("versions the index by content, independent of article order", () => {
    expect(buildKbIndex([...kb].reverse()).version).toBe(index.version);
    expect(buildKbIndex(kb.map((a) => (a.id === "kb-close" ? { ...a, body: `${a.body} Edited.` } : a))).version).not.toBe(index.version);
  });
});

describe("normaliseScore", () => {
  it("is 0 for no match, strictly increasing, and below 1", () => {
    expect(normaliseScore(0, 2)).toBe(0);
    const raws = [0.1, 0.5, 1, 2, 5, 10, 50, 1000];
    const scores = raws.map((r) => normaliseScore(r, 2));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThan(scores[i - 1]!);
    expect(scores[scores.length - 1]).toBeLessThan(1);
  });

  it("takes the KB size out: the same raw score counts for less in a larger KB", () => {
    expect(normaliseScore(4, Math.log(1 + 99.5 / 1.5))).toBeLessThan(normaliseScore(4, Math.log(1 + 9.5 / 1.5)));
  });
});
