import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";
import { parseKbImport } from "./parse-kb-import";

const file = (name: string, text: string) => ({ name, text });

describe("parseKbImport", () => {
  it("CSV: recognised column names, tags split, and each bad row with its number, line and reason", () => {
    const csv = [
      "Question,Answer,Category,Tags,ID,Status",
      'Where is my card?,"Cards arrive in 5 working days.\n\n## Late\n\nOrder a new one.",card_arrival,"cards; delivery",c1,published',
      ",No title here,card_arrival,,c2,",
      "Only a title,,x,,c3,",
      "Draft one,Body text,,,c4,archived",
      "Second copy,Body,,,c1,",
      "No id row,Body text,,a|b,,draft",
    ].join("\n");
    const result = parseKbImport("csv", [file("kb.csv", csv)]);
    expect(result.records.map((r) => [r.record, r.externalId])).toEqual([
      [1, "c1"],
      [6, "no-id-row"],
    ]);
    expect(result.records[0]!.article).toMatchObject({ title: "Where is my card?", category: "card_arrival", tags: ["cards", "delivery"], status: "published" });
    expect(result.records[1]!.article).toMatchObject({ tags: ["a", "b"], status: "draft", category: null });
    expect(result.rejections).toEqual([
      { file: "kb.csv", record: 2, line: 7, reason: "title: Title is required" },
      { file: "kb.csv", record: 3, line: 8, reason: "body: Body is required" },
      { file: "kb.csv", record: 4, line: 9, reason: 'status: Status must be "draft" or "published"' },
      { file: "kb.csv", record: 5, line: 10, reason: 'Same id "c1" as record 1 of kb.csv' },
    ]);
  });

  it("CSV without a body column is one rejection naming the accepted names", () => {
    const result = parseKbImport("csv", [file("x.csv", "title,notes\nA,B")]);
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ file: "x.csv", record: 0, line: 1, reason: expect.stringContaining("No body column") }]);
  });

  it("JSON: an array (or { articles }), ids kept, non-objects and invalid dates rejected", () => {
    const json = JSON.stringify([
      { id: 7, title: "Top up by card", body: "Open **Top up**.", tags: ["top_up"], reviewDue: "2027-01-01" },
      "not an object",
      { title: "Bad date", body: "x", reviewDue: "soon" },
      { title: "No id", content: "Body from content" },
    ]);
    const result = parseKbImport("json", [file("kb.json", json)]);
    expect(result.records.map((r) => [r.record, r.externalId, r.article.body])).toEqual([
      [1, "7", "Open **Top up**."],
      [4, "no-id", "Body from content"],
    ]);
    expect(result.records[0]!.article.reviewDue?.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(result.rejections).toEqual([
      { file: "kb.json", record: 2, reason: "Not an object" },
      { file: "kb.json", record: 3, reason: "reviewDue: Review due is not a valid date" },
    ]);
    expect(parseKbImport("json", [file("w.json", JSON.stringify({ articles: [{ title: "A", body: "B" }] }))]).records).toHaveLength(1);
    expect(parseKbImport("json", [file("bad.json", "{ nope")]).rejections[0]).toMatchObject({ record: 0, reason: expect.stringContaining("Not valid JSON") });
    expect(parseKbImport("json", [file("obj.json", "{}")]).rejections[0]).toMatchObject({ record: 0, reason: expect.stringContaining("Expected an array") });
  });

  it("Markdown: title from front matter, else the # heading, else the file name; keyed by path", () => {
    const result = parseKbImport("markdown", [
      file("cards/arrival.md", "---\ntitle: When does my card arrive?\ncategory: card_arrival\ntags: [cards, delivery]\n---\nCards arrive in 5 days."),
      file("pin.md", "# Change your PIN\n\nOpen **Cards > PIN**."),
      file("top-up_failed.markdown", "Try another card."),
      file("notes.txt", "not markdown"),
      file("empty.md", "   "),
    ]);
    expect(result.records.map((r) => [r.externalId, r.article.title, r.article.category, r.article.tags])).toEqual([
      ["cards/arrival.md", "When does my card arrive?", "card_arrival", ["cards", "delivery"]],
      ["pin.md", "Change your PIN", null, []],
      ["top-up_failed.markdown", "top up failed", null, []],
    ]);
    expect(result.records[0]!.article.body).toBe("Cards arrive in 5 days.");
    expect(result.rejections).toEqual([
      { file: "notes.txt", record: 4, reason: "Not a Markdown file (.md or .markdown)" },
      { file: "empty.md", record: 5, reason: "body: Body is required" },
    ]);
  });

  it("Zendesk macros: the comment becomes the body (HTML converted), '::' folders become tags, field-only macros are rejected", () => {
    const macros = {
      macros: [
        { id: 101, title: "Cards::Card not arrived", active: true, actions: [{ field: "status", value: "solved" }, { field: "comment_value_html", value: "<p>Cards arrive within <b>5 working days</b>.</p><ul><li>Open <a href=\"https://help.example.com/track\">tracking</a></li></ul>" }] },
        { id: 102, title: "Close ticket", actions: [{ field: "status", value: "solved" }] },
        { id: 103, title: "PIN", active: false, actions: [{ field: "comment_value", value: ["channel:all", "Open Cards > PIN to change it."] }] },
        { title: "No id", actions: [{ field: "comment_value", value: "x" }] },
      ],
    };
    const result = parseKbImport("zendesk-macros", [file("macros.json", JSON.stringify(macros))]);
    expect(result.records.map((r) => [r.externalId, r.article.title, r.article.tags, r.article.status])).toEqual([
      ["101", "Card not arrived", ["Cards"], "published"],
      ["103", "PIN", [], "draft"],
    ]);
    expect(result.records[0]!.article.body).toBe("Cards arrive within **5 working days**.\n\n- Open [tracking](https://help.example.com/track)");
    expect(result.records[1]!.article.body).toBe("Open Cards > PIN to change it.");
    expect(result.rejections).toEqual([
      { file: "macros.json", record: 2, reason: expect.stringContaining("no comment action") },
      { file: "macros.json", record: 4, reason: "The macro has no id" },
    ]);
  });

  it("Freshdesk canned responses: HTML to Markdown, missing id or empty content rejected", () => {
    const canned = [
      { id: 9, title: "Refund status", content_html: "<h2>Where is my refund?</h2><p>Refunds show in <em>Activity</em>&nbsp;once sent.</p>" },
      { id: 10, title: "Empty", content_html: "<p> </p>" },
      { title: "No id", content_html: "<p>x</p>" },
    ];
    const result = parseKbImport("freshdesk-canned", [file("canned.json", JSON.stringify(canned))]);
    expect(result.records.map((r) => [r.externalId, r.article.body])).toEqual([["9", "## Where is my refund?\n\nRefunds show in *Activity* once sent."]]);
    expect(result.rejections).toEqual([
      { file: "canned.json", record: 2, reason: "body: Body is required" },
      { file: "canned.json", record: 3, reason: "The canned response has no id" },
    ]);
  });

  it("reads the pages an article applies to from each format, and names a bad one", () => {
    const csv = ["title,body,pages,id", 'Invoices,Open Billing.,"/billing/invoices /billing/",c1', "Bad page,Body,billing,c2"].join("\n");
    const fromCsv = parseKbImport("csv", [file("kb.csv", csv)]);
    expect(fromCsv.records[0]!.article.pages).toEqual(["/billing/invoices", "/billing"]);
    expect(fromCsv.rejections).toEqual([{ file: "kb.csv", record: 2, line: 3, reason: expect.stringMatching(/^pages\.0: “billing” is not a page: start a path with \//) }]);

    const json = JSON.stringify([{ id: 1, title: "Pay", body: "B", pages: ["https://Shop.example.com/checkout/payment/"] }, { id: 2, title: "Pay 2", body: "B", pages: "/checkout, /cart" }]);
    expect(parseKbImport("json", [file("kb.json", json)]).records.map((r) => r.article.pages)).toEqual([["https://shop.example.com/checkout/payment"], ["/checkout", "/cart"]]);

    const markdown = parseKbImport("markdown", [
      file("inline.md", '---\npages: ["/billing", "/cards"]\n---\nBody.'),
      file("block.md", "---\ntitle: Block list\npages:\n  - /billing/invoices\n  - 'https://help.example.com/billing'\ntags:\n  - invoices\n---\nBody."),
      file("none.md", "# No pages\n\nBody."),
    ]);
    expect(markdown.records.map((r) => [r.externalId, r.article.pages, r.article.tags])).toEqual([
      ["inline.md", ["/billing", "/cards"], []],
      ["block.md", ["/billing/invoices", "https://help.example.com/billing"], ["invoices"]],
      ["none.md", [], []],
    ]);
  });

  it("rejects the same id across two files of one import", () => {
    const a = file("a.json", JSON.stringify([{ id: "x", title: "A", body: "B" }]));
    const b = file("b.json", JSON.stringify([{ id: "x", title: "A2", body: "B2" }]));
    const result = parseKbImport("json", [a, b]);
    expect(result.records).toHaveLength(1);
    expect(result.rejections).toEqual([{ file: "b.json", record: 1, reason: 'Same id "x" as record 1 of a.json' }]);
  });
});

describe("htmlToMarkdown", () => {
  it("keeps headings, lists, emphasis and links, decodes entities and drops scripts", () => {
    expect(htmlToMarkdown("<h1>Fees</h1><p>A &amp; B<br>next</p><script>alert(1)</script><ol><li>one</li><li>two</li></ol>")).toBe("# Fees\n\nA & B\nnext\n\n- one\n- two");
  });
});
