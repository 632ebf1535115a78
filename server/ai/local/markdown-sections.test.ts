import { describe, expect, it } from "vitest";
import { splitMarkdownSections } from "./markdown-sections";

describe("splitMarkdownSections", () => {
  it("splits at #, ## and ### headings and treats an H1 repeating the title as the intro", () => {
    const body = "# Fees\n\nIntro text.\n\n## Cards\n\nCard fees.\n\n### Abroad\n\nAbroad fees.\n\n#### Deep\n\nStays inside.\n\n## Transfers\n\nTransfer fees.";
    expect(splitMarkdownSections(body, "Fees")).toEqual([
      { heading: null, path: null, text: "Intro text." },
      { heading: "Cards", path: "Cards", text: "Card fees." },
      { heading: "Abroad", path: "Cards > Abroad", text: "Abroad fees.\n\n#### Deep\n\nStays inside." },
      { heading: "Transfers", path: "Transfers", text: "Transfer fees." },
    ]);
  });

  it("keeps text before the first heading, drops empty sections and ignores # inside code fences", () => {
    const body = "Lead.\n\n## Empty\n\n## Steps\n\n```\n# not a heading\n```";
    expect(splitMarkdownSections(body, "Other title")).toEqual([
      { heading: null, path: null, text: "Lead." },
      { heading: "Steps", path: "Steps", text: "```\n# not a heading\n```" },
    ]);
  });

  it("keeps an H1 that differs from the title as a section", () => {
    expect(splitMarkdownSections("# Something else\n\nText", "Title")).toEqual([{ heading: "Something else", path: "Something else", text: "Text" }]);
  });
});
