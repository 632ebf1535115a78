import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LintWarnings } from "./LintWarnings";
import { Markdown } from "./Markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe("Markdown", () => {
  it("renders headings one level below the page title, lists, bold and safe links", () => {
    const html = render("# Title\n\nTap **Cards**.\n\n- [help](https://help.example.com)\n- [fees](/knowledge/a1)");
    expect(html).toContain('<h2 class="text-lg font-semibold text-zinc-900">Title</h2>');
    expect(html).toContain('<strong class="font-semibold">Cards</strong>');
    expect(html).toContain('<a href="https://help.example.com" class="text-indigo-700 underline" target="_blank" rel="noopener noreferrer nofollow">help</a>');
    expect(html).toContain('<a href="/knowledge/a1" class="text-indigo-700 underline">fees</a>');
  });

  it("keeps raw HTML as text and never renders a javascript: link", () => {
    const html = render('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<span title="Not a link: javascript:alert(3)">x</span>');
  });

  it("draws a target that looks like a path but leads off-site as text", () => {
    const html = render("[a](/\\evil.example) [b](//evil.example) [c](/knowledge/a1)");
    expect(html).not.toMatch(/href="[^"]*evil/);
    expect(html).toContain('<span title="Not a link: /\\evil.example">a</span>');
    expect(html).toContain('<span title="Not a link: //evil.example">b</span>');
    expect(html).toContain('<a href="/knowledge/a1" class="text-indigo-700 underline">c</a>');
  });
});

describe("LintWarnings", () => {
  it("lists each warning with its name, or says the structure is fine", () => {
    expect(renderToStaticMarkup(createElement(LintWarnings, { warnings: [] }))).toContain("The structure looks good");
    const html = renderToStaticMarkup(createElement(LintWarnings, { warnings: [{ code: "empty-section", message: 'The section "X" (line 3) is empty.', line: 3 }] }));
    expect(html).toContain('aria-label="Structure warnings"');
    expect(html).toContain("Empty section:");
  });
});
