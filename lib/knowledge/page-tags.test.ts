import { describe, expect, it } from "vitest";
import { matchesPage, matchingPageTags, normalisePageTag, parsePageLocation } from "./page-tags";

describe("normalisePageTag", () => {
  it("keeps a path prefix without its trailing slash, query or fragment", () => {
    expect(normalisePageTag(" /billing/ ")).toEqual({ ok: true, tag: "/billing" });
    expect(normalisePageTag("/billing//invoices?tab=open#latest")).toEqual({ ok: true, tag: "/billing/invoices" });
    expect(normalisePageTag("/help/../checkout/payment")).toEqual({ ok: true, tag: "/checkout/payment" });
  });

  it("keeps a full address with its site in lower case and drops the rest", () => {
    expect(normalisePageTag("HTTPS://Help.Example.com/Billing/?utm=x#top")).toEqual({ ok: true, tag: "https://help.example.com/Billing" });
    expect(normalisePageTag("http://localhost:3000/help-centre/")).toEqual({ ok: true, tag: "http://localhost:3000/help-centre" });
    expect(normalisePageTag("https://help.example.com/")).toEqual({ ok: true, tag: "https://help.example.com" });
  });

  it("refuses what is not a page, saying how to write it", () => {
    const error = (raw: string) => {
      const checked = normalisePageTag(raw);
      return checked.ok ? null : checked.error;
    };
    expect(error("billing")).toBe("“billing” is not a page: start a path with / (such as /billing) or write a full address (https://…).");
    expect(error("help.example.com/billing")).toBe("“help.example.com/billing” needs its scheme: write https://help.example.com/billing, or only the path (such as /billing).");
    expect(error("/")).toMatch(/every page/);
    expect(error("///")).toMatch(/has no scheme/);
    expect(error("   ")).toMatch(/empty/);
    expect(error("mailto:help@example.com")).toMatch(/only http:\/\/ and https:\/\//);
    expect(error("https://")).toMatch(/not a web address/);
    expect(error("//cdn.example.com/billing")).toBe("“//cdn.example.com/billing” has no scheme: write it as https://cdn.example.com/billing.");
    expect(error(`/${"a".repeat(600)}`)).toMatch(/longer than 500 characters/);
  });
});

describe("parsePageLocation", () => {
  it("reads full addresses and bare paths, and nothing else", () => {
    expect(parsePageLocation("https://App.Example.com:8443/Billing/Invoices/?id=1#x")).toEqual({ host: "app.example.com:8443", path: "/billing/invoices" });
    expect(parsePageLocation("/billing/invoices?x=1")).toEqual({ host: null, path: "/billing/invoices" });
    for (const notAPage of [null, undefined, "", "  ", "billing/invoices", "../billing", "javascript:alert(1)", "http://", "not a url at all", "//evil.example.com/billing"]) {
      expect(parsePageLocation(notAPage), String(notAPage)).toBeNull();
    }
  });
});

describe("matchesPage", () => {
  it("matches a path prefix segment by segment, on any site", () => {
    expect(matchesPage(["/billing"], "https://app.example.com/billing")).toBe(true);
    expect(matchesPage(["/billing"], "https://app.example.com/billing/invoices/2026")).toBe(true);
    expect(matchesPage(["/billing"], "https://help.other.example/billing/")).toBe(true);
    expect(matchesPage(["/billing"], "https://app.example.com/billing-faq")).toBe(false);
    expect(matchesPage(["/billing"], "https://app.example.com/account/billing")).toBe(false);
    expect(matchesPage(["/billing/invoices"], "https://app.example.com/billing")).toBe(false);
  });

  it("ignores query strings, fragments, trailing slashes and letter case", () => {
    expect(matchesPage(["/checkout/payment/"], "https://shop.example.com/Checkout/Payment?step=2#card")).toBe(true);
    expect(matchesPage(["/billing"], "https://app.example.com/?next=/billing")).toBe(false);
    expect(matchesPage(["/billing"], "https://app.example.com/#/billing")).toBe(false);
  });

  it("needs the page's site for a full-address tag", () => {
    expect(matchesPage(["https://help.example.com/billing"], "http://HELP.example.com/billing/refunds")).toBe(true);
    expect(matchesPage(["https://help.example.com/billing"], "https://app.example.com/billing")).toBe(false);
    expect(matchesPage(["https://help.example.com/billing"], "https://help.example.com:8443/billing")).toBe(false);
    expect(matchesPage(["https://help.example.com"], "https://help.example.com/anything/at/all")).toBe(true);
    // A page given as a bare path has no site to compare.
    expect(matchesPage(["https://help.example.com/billing"], "/billing")).toBe(false);
    expect(matchesPage(["/billing"], "/billing/invoices")).toBe(true);
  });

  it("matches nothing for no page, a garbage page or a garbage tag", () => {
    expect(matchesPage(["/billing"], null)).toBe(false);
    expect(matchesPage(["/billing"], "billing/invoices")).toBe(false);
    expect(matchesPage(["/billing"], "%%%")).toBe(false);
    expect(matchesPage(["billing", "/", ""], "https://app.example.com/billing")).toBe(false);
    expect(matchesPage([], "https://app.example.com/billing")).toBe(false);
  });

  it("names the tags that matched, in their order", () => {
    expect(matchingPageTags(["/cards", "/billing", "https://app.example.com/billing/invoices"], "https://app.example.com/billing/invoices/7")).toEqual([
      "/billing",
      "https://app.example.com/billing/invoices",
    ]);
  });
});
