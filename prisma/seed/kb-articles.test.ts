import { describe, expect, it } from "vitest";
import { ZKbArticleInputSchema } from "../../server/services/knowledge/kb-article-schema";
import { lintArticle } from "../../lib/knowledge/lint-article";
import { slugOf } from "../../server/services/knowledge/import/kb-import-types";
import { matchesPage } from "../../lib/knowledge/page-tags";
import { HELP_CENTRE_SECTIONS, helpCentreSectionPath } from "../../server/services/widget/help-centre-topics";
import articles from "./kb-articles.json";

/** The demo knowledge base: valid articles, unique seed keys, and lint-clean except the one meant to show the lint. */
describe("kb-articles.json", () => {
  it("holds valid articles with unique seed keys", () => {
    for (const a of articles) expect(ZKbArticleInputSchema.safeParse(a).success, a.title).toBe(true);
    const keys = articles.map((a) => slugOf(a.title));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("tags every article with one section of the demo help centre, and every section has articles", () => {
    for (const a of articles) {
      const sections = HELP_CENTRE_SECTIONS.filter((s) => matchesPage(a.pages, `http://localhost:3000${helpCentreSectionPath(s.slug)}`));
      expect(sections, a.title).toHaveLength(1);
    }
    for (const s of HELP_CENTRE_SECTIONS) expect(articles.some((a) => matchesPage(a.pages, helpCentreSectionPath(s.slug))), s.slug).toBe(true);
    // The front page is no section: nothing is preferred there.
    expect(articles.filter((a) => matchesPage(a.pages, "http://localhost:3000/help-centre"))).toEqual([]);
  });

  it("tags every article with the app screen and help article its tickets come from in the demo history", () => {
    const card = articles.find((a) => a.title === "When will my new card arrive?")!;
    expect(matchesPage(card.pages, "https://app.larkspur.example/cards")).toBe(true);
    expect(matchesPage(card.pages, "https://help.larkspur.example/hc/en/cards/card-arrival")).toBe(true);
    expect(articles.every((a) => a.pages.some((p) => p.startsWith("/hc/en/")) && a.pages.some((p) => !p.startsWith("/hc/") && !p.startsWith("/help-centre/")))).toBe(true);
  });

  it("has exactly one badly structured article, for the demo of the lint", () => {
    const flagged = articles.map((a) => ({ title: a.title, codes: lintArticle(a.body).map((w) => w.code) })).filter((a) => a.codes.length > 0);
    expect(flagged).toEqual([{ title: "Spending abroad: the basics", codes: ["long-paragraph", "answer-late", "empty-section"] }]);
  });
});
