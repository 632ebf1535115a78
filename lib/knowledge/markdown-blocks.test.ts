import { describe, expect, it } from "vitest";
import { isSafeHref, parseBlocks, parseInline, plainText } from "./markdown-blocks";

describe("markdown-blocks", () => {
  it("reads headings, paragraphs, lists, quotes and code with their lines", () => {
    const blocks = parseBlocks("# Title\n\nFirst line\nsecond line\n\n- a\n- b\n\n1. one\n2. two\n\n> quoted\n\n```\n# not a heading\n```");
    expect(blocks).toEqual([
      { kind: "heading", level: 1, text: "Title", line: 1 },
      { kind: "paragraph", text: "First line second line", line: 3 },
      { kind: "list", ordered: false, items: ["a", "b"], line: 6 },
      { kind: "list", ordered: true, items: ["one", "two"], line: 9 },
      { kind: "quote", text: "quoted", line: 12 },
      { kind: "code", text: "# not a heading", line: 14 },
    ]);
  });

  it("reads bold, italic, code and links, and keeps raw HTML as text", () => {
    expect(parseInline("Tap **Cards > Freeze**, then *wait* `5s` [help](https://x.io)")).toEqual([
      { kind: "text", text: "Tap " },
      { kind: "strong", children: [{ kind: "text", text: "Cards > Freeze" }] },
      { kind: "text", text: ", then " },
      { kind: "em", children: [{ kind: "text", text: "wait" }] },
      { kind: "text", text: " " },
      { kind: "code", text: "5s" },
      { kind: "text", text: " " },
      { kind: "link", href: "https://x.io", children: [{ kind: "text", text: "help" }] },
    ]);
    expect(parseInline("<img src=x onerror=alert(1)>")).toEqual([{ kind: "text", text: "<img src=x onerror=alert(1)>" }]);
    expect(plainText("a **b** [c](/d)")).toBe("a b c");
  });

  it("allows web, mail and studio links only", () => {
    expect(["https://a.com", "http://a.io/x", "mailto:a@b.co", "/knowledge/1", "#top"].every(isSafeHref)).toBe(true);
    expect(["javascript:alert(1)", "data:text/html,x", "//evil.com", "", "ftp://a.b"].some(isSafeHref)).toBe(false);
  });
});
