import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { getPrisma } from "@/server/db";
import { addDays } from "@/server/services/knowledge/review-flags";
import { contextAs, trpcCodeOf } from "../../../../tests/auth";
import { uniqueId } from "../../../../tests/integration/helpers";

/** knowledge.* through the router: permissions, CRUD, review, import, negative feedback and guardrails. */
const as = (role: Parameters<typeof contextAs>[0]) => createCaller(contextAs(role));
const prisma = getPrisma();


const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  body: `# ${title}\n\nOpen the app and tap **Cards**.\n\n## More\n\nDetails.`,
  category: "card_arrival",
  tags: ["cards"],
  status: "published" as const,
  ...extra,
});

describe("knowledge articles", () => {
  it("let readers read and only editors write, with a readable refusal", async () => {
    const title = uniqueId("Perm article");
    expect(await trpcCodeOf(as("agent").knowledge.list({ query: title }))).toBe("OK");
    expect(await trpcCodeOf(as("manager").knowledge.vocabulary())).toBe("OK");
    await expect(as("agent").knowledge.create(article(title))).rejects.toThrow("Editing the knowledge base needs the designer, publisher or admin role; you are an agent");
    expect(await trpcCodeOf(as("manager").knowledge.create(article(title)))).toBe("FORBIDDEN");
    const created = await as("designer").knowledge.create(article(title));
    expect(await trpcCodeOf(as("manager").knowledge.delete({ id: created.id }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(as("agent").knowledge.markReviewed({ id: created.id }))).toBe("FORBIDDEN");
    expect(await trpcCodeOf(as("agent").knowledge.get({ id: created.id }))).toBe("OK");
  });

  it("creates with a default review date, searches, updates (moving updatedAt), refuses a stale save, reviews and deletes", async () => {
    const word = uniqueId("zebrafish").replace(/-/g, "");
    const created = await as("publisher").knowledge.create(article(`Card arrival ${word}`, { tags: ["delivery", word] }));
    expect(created.reviewDue!.getTime() - created.createdAt.getTime()).toBeGreaterThan(89 * 86_400_000);

    const found = await as("agent").knowledge.list({ query: word.toUpperCase(), category: "card_arrival" });
    expect(found.articles.map((a) => a.id)).toEqual([created.id]);
    expect((await as("agent").knowledge.list({ query: word, status: "draft" })).articles).toEqual([]);

    const updated = await as("designer").knowledge.update({ id: created.id, article: article(`Card arrival ${word}`, { body: "# New\n\nOpen the app.", owner: "ops@x" }), expectedUpdatedAt: created.updatedAt });
    expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
    expect(updated.owner).toBe("ops@x");
    const stale = as("designer").knowledge.update({ id: created.id, article: article("Other"), expectedUpdatedAt: created.updatedAt });
    expect(await trpcCodeOf(stale)).toBe("CONFLICT");
    await expect(stale).rejects.toThrow(/changed by someone else/);

    const reviewed = await as("designer").knowledge.markReviewed({ id: created.id, cadenceDays: 30 });
    expect(reviewed.reviewDue!.getTime() - reviewed.reviewedAt!.getTime()).toBe(30 * 86_400_000);
    const defaultCadence = await as("designer").knowledge.markReviewed({ id: created.id });
    expect(defaultCadence.reviewDue!.getTime() - defaultCadence.reviewedAt!.getTime()).toBe(90 * 86_400_000);

    expect(await as("designer").knowledge.delete({ id: created.id })).toMatchObject({ id: created.id, title: `Card arrival ${word}` });
    expect(await trpcCodeOf(as("agent").knowledge.get({ id: created.id }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(as("designer").knowledge.delete({ id: created.id }))).toBe("NOT_FOUND");
  });

  it("refuses an empty title with the field named", async () => {
    await expect(as("admin").knowledge.create(article("  "))).rejects.toThrow("Title is required");
  });

  it("flags an overdue article as stale and shows its lint warnings", async () => {
    const word = uniqueId("stalewombat").replace(/-/g, "");
    const overdue = await as("admin").knowledge.create(article(`Old ${word}`, { reviewDue: addDays(new Date(), -3), body: `# Old\n\nThank you for asking about ${word}.\n\n## Empty` }));
    const list = await as("agent").knowledge.list({ query: word, flag: "stale" });
    expect(list.articles).toMatchObject([{ id: overdue.id, stale: true, reviewOverdue: true, lintWarnings: 2 }]);
    const detail = await as("agent").knowledge.get({ id: overdue.id });
    expect(detail.lint.map((w) => w.code).sort()).toEqual(["answer-late", "empty-section"]);
    expect(detail.flags.staleReason).toMatch(/^Review was due /);
    expect((await as("agent").knowledge.list({ query: word, flag: "negative-feedback" })).articles).toEqual([]);
  });
});

describe("knowledge article pages", () => {
  it("saves pages in their normal form, refuses one that is not a page, and filters the list by a customer's page", async () => {
    const word = uniqueId("pagepangolin").replace(/-/g, "");
    const billing = await as("designer").knowledge.create(article(`Invoices ${word}`, { pages: ["/billing/", "https://Help.Example.com/billing?x=1"] }));
    expect(billing.pages).toEqual(["/billing", "https://help.example.com/billing"]);
    const cards = await as("designer").knowledge.create(article(`Cards ${word}`, { pages: ["/cards"] }));
    await as("designer").knowledge.create(article(`Untagged ${word}`));

    const bad = as("designer").knowledge.update({ id: cards.id, article: article(`Cards ${word}`, { pages: ["/cards", "cards/lost"] }) });
    expect(await trpcCodeOf(bad)).toBe("BAD_REQUEST");
    await expect(bad).rejects.toThrow("“cards/lost” is not a page: start a path with / (such as /cards/lost) or write a full address (https://…).");

    const onPage = async (page: string) => (await as("agent").knowledge.list({ query: word, page })).articles.map((a) => a.title);
    expect(await onPage("https://app.example.com/billing/invoices?id=7")).toEqual([`Invoices ${word}`]);
    expect(await onPage("billing/invoices")).toEqual([`Invoices ${word}`]);
    expect(await onPage("/billing-faq")).toEqual([]);
    expect((await as("agent").knowledge.list({ query: word })).articles.map((a) => [a.title, a.pages])).toEqual([
      [`Cards ${word}`, ["/cards"]],
      [`Invoices ${word}`, ["/billing", "https://help.example.com/billing"]],
      [`Untagged ${word}`, []],
    ]);

    const untagged = await as("designer").knowledge.update({ id: billing.id, article: article(`Invoices ${word}`, { pages: [] }) });
    expect(untagged.pages).toEqual([]);
  });

  it("imports pages, and keeps pages set in the studio when a re-import has none", async () => {
    const id = uniqueId("kbpages");
    const csv = (pages: string) => ({ name: "kb.csv", text: `id,title,body,pages\n${id},Refund timing,Refunds take 5 days.,"${pages}"` });
    expect(await as("designer").knowledge.import({ format: "csv", files: [csv("/payments/refunds /help-centre/payments")] })).toMatchObject({ created: 1 });
    const imported = await prisma.kbArticle.findFirstOrThrow({ where: { source: "csv", externalId: id } });
    expect(imported.pages).toEqual(["/payments/refunds", "/help-centre/payments"]);

    await as("designer").knowledge.update({ id: imported.id, article: { title: imported.title, body: imported.body, pages: ["/refunds"] } });
    expect(await as("designer").knowledge.import({ format: "csv", files: [csv("")] })).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await prisma.kbArticle.findUniqueOrThrow({ where: { id: imported.id } })).pages).toEqual(["/refunds"]);
    expect(await as("designer").knowledge.import({ format: "csv", files: [csv("/payments")] })).toMatchObject({ updated: 1 });
    expect((await prisma.kbArticle.findUniqueOrThrow({ where: { id: imported.id } })).pages).toEqual(["/payments"]);
  });
});

describe("knowledge import", () => {
  it("re-importing the same file changes nothing, a changed record updates in place, and bad records are counted", async () => {
    const id = uniqueId("kbimp");
    const file = (body: string) => ({
      name: "articles.json",
      text: JSON.stringify([
        { id: `${id}-1`, title: "Top up failed", body: "Try the top-up again." },
        { id: `${id}-2`, title: "Exchange rates", body, category: "exchange_rate" },
        { id: `${id}-3`, title: "" },
      ]),
    });
    const first = await as("designer").knowledge.import({ format: "json", files: [file("We use the market rate.")] });
    expect(first).toMatchObject({ source: "json", records: 3, created: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(first.rejections).toEqual([{ file: "articles.json", record: 3, reason: expect.stringContaining("Title is required") }]);
    const owner = await prisma.kbArticle.findFirstOrThrow({ where: { source: "json", externalId: `${id}-1` } });
    expect(owner.owner).toBe("designer@test.local");

    const again = await as("designer").knowledge.import({ format: "json", files: [file("We use the market rate.")] });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 1 });
    const changed = await as("publisher").knowledge.import({ format: "json", files: [file("We use the live market rate.")] });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await prisma.kbArticle.count({ where: { source: "json", externalId: { startsWith: id } } })).toBe(2);
    expect((await prisma.kbArticle.findFirstOrThrow({ where: { source: "json", externalId: `${id}-1` } })).updatedAt).toEqual(owner.updatedAt);
    expect(await trpcCodeOf(as("agent").knowledge.import({ format: "json", files: [file("x")] }))).toBe("FORBIDDEN");
  });
});

describe("negative feedback", () => {
  it("flags articles cited by AI messages agents marked wrong in the last 90 days, with the count", async () => {
    const word = uniqueId("feedbackyak").replace(/-/g, "");
    const cited = await as("admin").knowledge.create(article(`Cited ${word}`));
    const other = await as("admin").knowledge.create(article(`Uncited ${word}`));
    const customer = await prisma.customer.create({ data: { source: "kb-test", externalId: uniqueId("c") } });
    const ticket = await prisma.ticket.create({ data: { source: "kb-test", externalId: uniqueId("t"), customerId: customer.id, subject: "s", body: "b" } });
    const aiMeta = { citations: [{ articleId: cited.id, title: cited.title }], confidence: 0.9 };
    const [m1, m2, m3] = await Promise.all(
      [1, 2, 3].map(() => prisma.message.create({ data: { ticketId: ticket.id, author: "ai", body: "reply", aiMeta } })),
    );
    await prisma.feedback.createMany({
      data: [
        { ticketId: ticket.id, messageId: m1!.id, agent: "a@x", verdict: "wrong", comment: "outdated fee" },
        { ticketId: ticket.id, messageId: m2!.id, agent: "a@x", verdict: "good" },
        { ticketId: ticket.id, messageId: m3!.id, agent: "a@x", verdict: "incorrect", createdAt: addDays(new Date(), -120) },
      ],
    });
    const list = await as("agent").knowledge.list({ query: word, flag: "negative-feedback" });
    expect(list.articles.map((a) => [a.id, a.negativeFeedback])).toEqual([[cited.id, 1]]);
    const detail = await as("agent").knowledge.get({ id: cited.id });
    expect(detail.negativeFeedback).toMatchObject([{ verdict: "wrong", comment: "outdated fee", ticketId: ticket.id }]);
    expect((await as("agent").knowledge.get({ id: other.id })).negativeFeedback).toEqual([]);
  });
});

describe("guardrails", () => {
  it("blocks a draft naming the rule, only for its categories, and not once disabled", async () => {
    const phrase = uniqueId("promise").replace(/-/g, " ");
    const rule = `Never say ${phrase}`;
    expect(await trpcCodeOf(as("agent").knowledge.guardrails.create({ rule, kind: "phrases", patterns: [phrase], categories: [] }))).toBe("FORBIDDEN");
    await expect(as("designer").knowledge.guardrails.create({ rule, kind: "regex", patterns: ["(unclosed"], categories: [] })).rejects.toThrow(/unclosed|regular expression|Unterminated/i);
    const created = await as("designer").knowledge.guardrails.create({ rule, kind: "phrases", patterns: [phrase], categories: ["refunds-test"] });

    const draft = `Good news: ${phrase.toUpperCase()} today.`;
    const blocked = await as("agent").knowledge.guardrails.check({ text: draft, category: "refunds-test" });
    expect(blocked.verdict).toEqual({ ok: false, rule, matched: phrase.toUpperCase() });
    const otherCategory = await as("agent").knowledge.guardrails.check({ text: draft, category: "other" });
    expect(otherCategory.verdict).toMatchObject({ ok: true });

    await as("publisher").knowledge.guardrails.setEnabled({ id: created.id, enabled: false });
    expect((await as("agent").knowledge.guardrails.check({ text: draft, category: "refunds-test" })).verdict).toMatchObject({ ok: true });
    const listed = await as("agent").knowledge.guardrails.list();
    expect(listed.find((g) => g.id === created.id)).toMatchObject({ enabled: false, categories: ["refunds-test"] });
    await as("designer").knowledge.guardrails.delete({ id: created.id });
    expect(await trpcCodeOf(as("designer").knowledge.guardrails.delete({ id: created.id }))).toBe("NOT_FOUND");
  });
});
