import { describe, expect, it } from "vitest";
import { lintArticle } from "./lint-article";
import { linksOf, parseBlocks, plainOf } from "./markdown-blocks";
import { capNesting, chunksOf, CHUNK_CHARS, MAX_LINE_NESTING, MAX_MARKERS } from "./markdown-chunks";
import { isSafeHref, safeHref } from "./safe-href";

const words = (text: string) => [{ kind: "text", text }];

describe("markdown-blocks", () => {
  it("reads headings, paragraphs, lists, quotes and code with their lines", () => {
    const blocks = parseBlocks("# Title\n\nFirst line\nsecond line\n\n- a\n- b\n\n1. one\n2. two\n\n> quoted\n\n```\n# not a heading\n```\n\n---");
    expect(blocks.map((b) => ({ kind: b.kind, line: b.line, text: "text" in b ? b.text : undefined }))).toEqual([
      { kind: "heading", line: 1, text: "Title" },
      { kind: "paragraph", line: 3, text: "First line\nsecond line" },
      { kind: "list", line: 6, text: undefined },
      { kind: "list", line: 9, text: undefined },
      { kind: "quote", line: 12, text: "quoted" },
      { kind: "code", line: 14, text: "# not a heading" },
      { kind: "rule", line: 18, text: undefined },
    ]);
    expect(blocks[2]).toMatchObject({ ordered: false, start: null, items: [{ text: "a", nested: [] }, { text: "b", nested: [] }] });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 1, items: [{ text: "one" }, { text: "two" }] });
  });

  it("reads bold, italic, code and links, and keeps raw HTML and images as text", () => {
    const [p] = parseBlocks("Tap **Cards > Freeze**, then *wait* `5s` [help](https://x.io)");
    expect(p).toMatchObject({
      kind: "paragraph",
      inline: [
        { kind: "text", text: "Tap " },
        { kind: "strong", children: words("Cards > Freeze") },
        { kind: "text", text: ", then " },
        { kind: "em", children: words("wait") },
        { kind: "text", text: " " },
        { kind: "code", text: "5s" },
        { kind: "text", text: " " },
        { kind: "link", href: "https://x.io", children: words("help") },
      ],
    });
    expect(parseBlocks("<img src=x onerror=alert(1)>")).toMatchObject([{ kind: "paragraph", inline: words("<img src=x onerror=alert(1)>") }]);
    expect(parseBlocks("a ![the chart](https://x.io/c.png) <b>b</b>")).toMatchObject([{ inline: [...words("a "), ...words("the chart"), ...words(" "), ...words("<b>"), ...words("b"), ...words("</b>")] }]);
    const [q] = parseBlocks("a **b** [c](/d)");
    expect(q?.kind === "paragraph" && plainOf(q.inline)).toBe("a b c");
  });

  it("nests lists under their items and resolves reference links", () => {
    const [list] = parseBlocks("- parent\n  - child\n\n[r]: https://r.io");
    expect(list).toMatchObject({ kind: "list", items: [{ text: "parent", nested: [{ kind: "list", items: [{ text: "child" }] }] }] });
    expect(linksOf("See [the guide][g].\n\n[g]: /knowledge/abc\n\nAnd <https://auto.io>.")).toEqual([
      { text: "the guide", href: "/knowledge/abc", line: 1 },
      { text: "https://auto.io", href: "https://auto.io", line: 5 },
    ]);
  });

  it("reads a long article in pieces with the right line numbers, keeping code fences whole", () => {
    const para = `${"word ".repeat(100)}\n\n`;
    const body = `${para.repeat(20)}\`\`\`\n${"code line\n\n".repeat(600)}\`\`\`\n\n# After\n`;
    const blocks = parseBlocks(body);
    expect(blocks.filter((b) => b.kind === "paragraph")).toHaveLength(20);
    expect(blocks.filter((b) => b.kind === "code").length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.kind !== "paragraph" || !b.text.startsWith("code line"))).toBe(true);
    expect(blocks.at(-1)).toMatchObject({ kind: "heading", text: "After", line: body.split("\n").length - 1 });
    expect(chunksOf(body).every((c) => c.text.length <= 2 * CHUNK_CHARS + 10)).toBe(true);
  });

  it("reads markers past a piece's budget as the characters themselves, exactly as written", () => {
    const body = `${"[".repeat(MAX_MARKERS + 50)} a_b \`x*y\` **end**`;
    const [p] = parseBlocks(body);
    expect(p?.kind === "paragraph" && p.text).toBe(body);
    expect(parseBlocks("**bold** and [a](/b)")).toMatchObject([{ inline: [{ kind: "strong" }, { kind: "text" }, { kind: "link", href: "/b" }] }]);
  });

  it("caps the containers one line opens", () => {
    expect(capNesting("> > quoted")).toBe("> > quoted");
    expect(capNesting(`${"- ".repeat(50)}deep`)).toBe(`${"- ".repeat(MAX_LINE_NESTING)}deep`);
    expect(capNesting(`${">".repeat(1000)} x`)).toBe(`${">".repeat(MAX_LINE_NESTING)}x`);
  });

  it("reads and lints 200,000-character articles of every awkward shape", { timeout: 60_000 }, () => {
    const n = 200_000;
    const shapes = [
      "word ".repeat(n / 5),
      "[".repeat(n),
      "[a](".repeat(n / 4),
      "*_".repeat(n / 2),
      "*a ".repeat(n / 3),
      ">".repeat(n),
      "- * ".repeat(n / 4),
      "1. ".repeat(n / 3),
      "> - ".repeat(n / 4),
      "`a``".repeat(n / 4),
      "Some **bold** and _it_ with [a link](https://x.io) and `code`.\n".repeat(n / 62),
      Array.from({ length: 400 }, (_, i) => `${" ".repeat(i)}- x`).join("\n"),
    ];
    for (const body of shapes) {
      expect(parseBlocks(body).length).toBeGreaterThan(0);
      expect(Array.isArray(lintArticle(body))).toBe(true);
    }
  });
});

describe("safeHref", () => {
  it("allows web and mail addresses with their scheme, and studio paths", () => {
    expect(["https://a.com", "http://a.io/x", "mailto:a@b.co", "/knowledge/1", "#top", "knowledge/2"].every(isSafeHref)).toBe(true);
    expect(safeHref("/knowledge/1?x=1#h")).toBe("/knowledge/1?x=1#h");
    expect(safeHref("#top")).toBe("#top");
    expect(safeHref("https://a.com/x")).toBe("https://a.com/x");
    expect(safeHref("https://a.com")).toBe("https://a.com");
  });

  it("refuses what a browser would take off-site or run", () => {
    for (const bad of ["/\\evil.example", "//evil.example", "\\\\evil.example", "/\t/evil.example", "javascript:alert(1)", "java\tscript:alert(1)", "JAVASCRIPT:x", "data:text/html,x", "", "#", "ftp://a.b", "mailto:nobody"]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});
