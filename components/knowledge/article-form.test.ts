import { describe, expect, it } from "vitest";
import { formOf, inputOf, sameForm } from "./article-form";

const article = { title: "Invoices", body: "# Invoices\n\nOpen Billing.", category: null, owner: null, tags: ["billing"], pages: ["/billing", "https://help.example.com/billing"], status: "published", reviewDue: null };

describe("article form pages", () => {
  it("carries the pages from the article to the API input", () => {
    expect(formOf(article).pages).toEqual(article.pages);
    expect(inputOf(formOf(article)).pages).toEqual(article.pages);
    expect(formOf(null).pages).toEqual([]);
  });

  it("counts a change of pages as a change, and equal pages as none", () => {
    const form = formOf(article);
    expect(sameForm(form, { ...form, pages: [...article.pages] })).toBe(true);
    expect(sameForm(form, { ...form, pages: ["/billing"] })).toBe(false);
    expect(sameForm(form, { ...form, pages: [...article.pages].reverse() })).toBe(false);
  });
});
