import { describe, expect, it } from "vitest";
import { stripHtml } from "./strip-html";

describe("stripHtml", () => {
  it("keeps paragraphs apart, drops tags and scripts, decodes entities", () => {
    expect(stripHtml("<p>Hello&nbsp;<b>there</b></p><p>Line&#39;s two<br/>three &amp; &#x2764;</p><script>x()</script>")).toBe(
      "Hello there\nLine's two\nthree & ❤",
    );
  });
  it("leaves unknown entities as written", () => {
    expect(stripHtml("a &bogus; b")).toBe("a &bogus; b");
  });
});
