import { describe, expect, it } from "vitest";
import { ZKbArticleInputSchema } from "../../server/services/knowledge/kb-article-schema";
import { lintArticle } from "../../lib/knowledge/lint-article";
import { slugOf } from "../../server/services/knowledge/import/kb-import-types";
import articles from "./kb-articles.json";

/** The demo knowledge base: valid articles, unique seed keys, and lint-clean except the one meant to show the lint. */
describe("kb-articles.json", () => {
  it("holds valid articles with unique seed keys", () => {
    for (const a of articles) expect(ZKbArticleInputSchema.safeParse(a).success, a.title).toBe(true);
    const keys = articles.map((a) => slugOf(a.title));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has exactly one badly structured article, for the demo of the lint", () => {
    const flagged = articles.map((a) => ({ title: a.title, codes: lintArticle(a.body).map((w) => w.code) })).filter((a) => a.codes.length > 0);
    expect(flagged).toEqual([{ title: "Spending abroad: the basics", codes: ["long-paragraph", "answer-late", "empty-section"] }]);
  });
});
