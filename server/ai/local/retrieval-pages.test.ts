import { describe, expect, it } from "vitest";
import { buildKbIndex, PAGE_BOOST, searchKbIndex, type TKbArticleInput } from "./retrieval";

const ORDER: TKbArticleInput = {
  id: "kb-order",
  title: "Cancel an order",
  body: "# Cancel an order\n\nOpen **Orders**, choose the order and use the button at the bottom. An order that has shipped can be returned instead.",
  pages: ["/shop/orders"],
};
const TRANSFER: TKbArticleInput = {
  id: "kb-transfer",
  title: "A transfer is pending",
  body: "# A transfer is pending\n\nPending transfers are checked by our payments team within 2 working days.\n\n## Cancelling a pending transfer\n\nWhile a transfer is pending you can cancel it: open it and tap Cancel transfer.",
  pages: ["/payments/transfers", "https://help.example.com/transfers"],
};
const PASSWORD: TKbArticleInput = { id: "kb-password", title: "Reset your password", body: "# Reset your password\n\nTap **Forgot password** on the sign-in screen." };
const index = buildKbIndex([ORDER, TRANSFER, PASSWORD]);
const ON_TRANSFERS = "https://app.example.com/payments/transfers/tr_123?tab=details#history";

describe("retrieval on the customer's page", () => {
  it("puts a tagged article first when it matches the words about as well as another", () => {
    const words = searchKbIndex(index, "I want to cancel", 3);
    expect(words[0]?.articleId).toBe("kb-order");
    const onPage = searchKbIndex(index, "I want to cancel", 3, { pageUrl: ON_TRANSFERS });
    expect(onPage[0]).toMatchObject({ articleId: "kb-transfer", section: "Cancelling a pending transfer", pageMatch: true });
    expect(onPage.filter((p) => p.articleId === "kb-order").every((p) => p.pageMatch === false)).toBe(true);
    // The score stays the word match: the page reorders, it never makes a weak match look strong.
    const transferAlone = words.find((p) => p.articleId === "kb-transfer" && p.section === "Cancelling a pending transfer");
    expect(onPage[0]?.score).toBe(transferAlone?.score);
    expect(onPage[0]!.score).toBeLessThan(onPage[1]!.score);
  });

  it("lets an article that matches the question much better win over the page", () => {
    const onPage = searchKbIndex(index, "cancel my order before it has shipped", 3, { pageUrl: ON_TRANSFERS });
    expect(onPage[0]).toMatchObject({ articleId: "kb-order", pageMatch: false });
    expect(onPage.some((p) => p.articleId === "kb-transfer" && p.pageMatch)).toBe(true);
  });

  it("is a boost, not a filter: untagged articles still answer on a tagged page", () => {
    expect(searchKbIndex(index, "forgot my password", 2, { pageUrl: ON_TRANSFERS })[0]).toMatchObject({ articleId: "kb-password", pageMatch: false });
    expect(PAGE_BOOST).toBeGreaterThan(1);
  });

  it("needs the page's site for a full-address tag", () => {
    const query = "I want to cancel";
    expect(searchKbIndex(index, query, 1, { pageUrl: "https://help.example.com/transfers/pending" })[0]).toMatchObject({ articleId: "kb-transfer", pageMatch: true });
    expect(searchKbIndex(index, query, 1, { pageUrl: "https://help.other.example/transfers/pending" })[0]).toMatchObject({ articleId: "kb-order", pageMatch: false });
  });

  it("ranks as before and says nothing about pages without a page, or with one that is not a page", () => {
    const plain = searchKbIndex(index, "I want to cancel", 3);
    expect(plain.every((p) => !("pageMatch" in p))).toBe(true);
    for (const pageUrl of [null, undefined, "", "payments/transfers", "not a url"]) expect(searchKbIndex(index, "I want to cancel", 3, { pageUrl })).toEqual(plain);
  });

  it("carries each article's pages, and versions the index by them", () => {
    expect([...index.sections.values()].filter((s) => s.articleId === "kb-transfer").every((s) => s.pages === TRANSFER.pages)).toBe(true);
    expect(buildKbIndex([ORDER, { ...TRANSFER, pages: ["/payments"] }, PASSWORD]).version).not.toBe(index.version);
    // Untagged articles hash as they did before pages existed.
    expect(buildKbIndex([{ ...PASSWORD, pages: [] }]).version).toBe(buildKbIndex([PASSWORD]).version);
  });
});
