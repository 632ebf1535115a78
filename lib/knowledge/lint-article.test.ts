import { describe, expect, it } from "vitest";
import { lintArticle, type TLintCode } from "./lint-article";

const codes = (body: string, known?: Set<string>) => lintArticle(body, { knownArticleIds: known }).map((w) => w.code);
const words = (n: number, word = "lorem") => Array.from({ length: n }, () => word).join(" ");

const GOOD = `# Reset your password

Open the app and tap **Forgot password**. We send a link that works for one hour.

## The email did not arrive

Check your spam folder, then request a new link.`;

describe("lintArticle", () => {
  it("passes a short article that answers first, with sections and working links", () => {
    expect(lintArticle(GOOD)).toEqual([]);
  });

  it("flags a paragraph over 120 words, with its line, and not one of 120", () => {
    const body = `# T\n\nOpen the app.\n\n## Details\n\n${words(121)}\n\n## More\n\n${words(120)}`;
    const long = lintArticle(body).filter((w) => w.code === "long-paragraph");
    expect(long).toHaveLength(1);
    expect(long[0]).toMatchObject({ line: 7 });
    expect(long[0]!.message).toContain("121 words");
  });

  it("flags a body over 150 words without section headings, but not with one", () => {
    const prose = `Open the app.\n\n${words(80)}\n\n${words(80)}`;
    expect(codes(`# Title\n\n${prose}`)).toContain<TLintCode>("missing-headings");
    expect(codes(`# Title\n\n${prose.replace("\n\n", "\n\n## Steps\n\n")}`)).not.toContain("missing-headings");
    expect(codes(`# Title\n\nOpen the app.\n\n${words(100)}`)).not.toContain("missing-headings");
  });

  it("flags a throat-clearing opening and an answer buried past 50 words", () => {
    expect(codes("# Refunds\n\nThank you for reaching out to us. Open **Payments** to request a refund.")).toContain("answer-late");
    expect(codes(`# Refunds\n\n${words(55, "generally")}. Open the app to request a refund.`)).toContain("answer-late");
    expect(codes(`# Refunds\n\n${words(20, "generally")}. Open the app to request a refund.`)).not.toContain("answer-late");
    expect(codes("# Refunds\n\nTo request a refund, open the payment and tap Refund.")).not.toContain("answer-late");
    expect(codes("# Transfers\n\nTransfers arrive within 2 working days.")).not.toContain("answer-late");
  });

  it("flags an article over 800 words", () => {
    const sections = Array.from({ length: 9 }, (_, i) => `## Part ${i}\n\n${words(100)}`).join("\n\n");
    expect(codes(`# Long\n\nOpen the app.\n\n${sections}`)).toContain("too-long");
    expect(codes(`# Short\n\nOpen the app.\n\n${sections.split("## Part 7")[0]}`)).not.toContain("too-long");
  });

  it("flags empty, unsafe and dangling links, and accepts web, mail and existing article links", () => {
    const body = `# Links\n\nOpen [the app](https://example.com/app), write to [us](mailto:help@example.com) or read [fees](/knowledge/a1).\n\nSee [nothing]() and [script](javascript:alert(1)) and [gone](/knowledge/zzz).`;
    const broken = lintArticle(body, { knownArticleIds: new Set(["a1"]) }).filter((w) => w.code === "broken-link");
    expect(broken.map((w) => w.message)).toEqual([
      expect.stringContaining('"nothing" (line 5) has no target'),
      expect.stringContaining('"script" (line 5) points to "javascript:alert(1'),
      expect.stringContaining('"gone" (line 5) points to an article that does not exist'),
    ]);
  });

  it("flags a section with nothing under it, including the last one, but not a parent with subsections", () => {
    const body = "# T\n\nOpen the app.\n\n## Empty\n\n## Parent\n\n### Child\n\nText.\n\n## Last";
    expect(lintArticle(body).filter((w) => w.code === "empty-section").map((w) => w.line)).toEqual([5, 13]);
  });
});
