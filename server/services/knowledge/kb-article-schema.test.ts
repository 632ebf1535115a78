import { describe, expect, it } from "vitest";
import { MAX_PAGES_PER_ARTICLE, ZKbArticleInputSchema, ZKbListFilterSchema } from "./kb-article-schema";

const article = { title: "Update your billing details", body: "Open **Billing** and choose Edit." };

describe("ZKbArticleInputSchema pages", () => {
  it("has no pages unless given", () => {
    expect(ZKbArticleInputSchema.parse(article).pages).toEqual([]);
  });

  it("stores each page in its normal form, once, skipping blank entries", () => {
    const parsed = ZKbArticleInputSchema.parse({ ...article, pages: ["/billing/", " ", "/billing", "https://Help.Example.com/billing?x=1", "/checkout/payment#card"] });
    expect(parsed.pages).toEqual(["/billing", "https://help.example.com/billing", "/checkout/payment"]);
  });

  it("refuses a tag that is not a page and says which one and why", () => {
    const result = ZKbArticleInputSchema.safeParse({ ...article, pages: ["/billing", "billing-faq"] });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(["pages", 1]);
    expect(issue.message).toBe("“billing-faq” is not a page: start a path with / (such as /billing-faq) or write a full address (https://…).");
  });

  it("refuses too many pages and a value that is not a list", () => {
    const many = Array.from({ length: MAX_PAGES_PER_ARTICLE + 1 }, (_, i) => `/section-${i}`);
    expect(ZKbArticleInputSchema.safeParse({ ...article, pages: many }).error?.issues[0]?.message).toBe("An article applies to at most 50 pages");
    expect(ZKbArticleInputSchema.safeParse({ ...article, pages: "/billing" }).error?.issues[0]?.message).toBe("Pages must be a list of paths or addresses");
  });
});

describe("ZKbListFilterSchema page", () => {
  it("takes a page to filter by, trimmed", () => {
    expect(ZKbListFilterSchema.parse({ page: "  /billing/invoices " }).page).toBe("/billing/invoices");
    expect(ZKbListFilterSchema.parse({}).page).toBeUndefined();
  });
});
