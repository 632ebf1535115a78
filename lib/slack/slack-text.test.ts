import { describe, expect, it } from "vitest";
import { slackEscape, slackLink } from "./slack-text";

describe("slackEscape", () => {
  it.each([
    ["<!channel> refund now", "&lt;!channel&gt; refund now"],
    ["<!here|here>", "&lt;!here|here&gt;"],
    ["ping <@U123>", "ping &lt;@U123&gt;"],
    ["<https://evil.example|click>", "&lt;https://evil.example|click&gt;"],
    ["<#C123>", "&lt;#C123&gt;"],
  ])("turns the Slack command in %j into text", (input, escaped) => {
    expect(slackEscape(input)).toBe(escaped);
    // No command is left: Slack only acts on a raw `<`.
    expect(slackEscape(input)).not.toContain("<");
  });

  it("escapes an ampersand first, so text that already looks escaped stays what the customer typed", () => {
    expect(slackEscape("Q&A &lt;b&gt;")).toBe("Q&amp;A &amp;lt;b&amp;gt;");
  });

  it("leaves other text alone, Slack's formatting marks included", () => {
    expect(slackEscape("*Order* _#123_ — «ok» 100% \"quoted\" 'x' | y")).toBe("*Order* _#123_ — «ok» 100% \"quoted\" 'x' | y");
  });
});

describe("slackLink", () => {
  it("builds a link of ours with an escaped label", () => {
    expect(slackLink("https://studio.test/review/2020-W10", "Open <the> review")).toBe("<https://studio.test/review/2020-W10|Open &lt;the&gt; review>");
  });

  it("keeps a URL from ending early and posing part of itself as the label", () => {
    const link = slackLink("https://studio.test|Click here>/<https://evil.example", "Open");
    expect(link).toBe("<https://studio.test%7CClick here&gt;/&lt;https://evil.example|Open>");
    expect(link.match(/</g)).toHaveLength(1);
    expect(link.match(/\|/g)).toHaveLength(1);
  });
});
