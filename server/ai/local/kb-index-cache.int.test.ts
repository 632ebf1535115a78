import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../../services/ai/create-ai-provider";
import { cachedKbIndex } from "./kb-index-cache";
import { searchKbIndex } from "./retrieval";

/** Reads KbArticle rows from the real database; every row here carries a unique title prefix and is removed after. */
const prisma = getPrisma();
const tag = `kbint${Date.now().toString(36)}`;
const prefix = `[${tag}]`;
const word = `zorblax${tag}`;
let refundId = "";

beforeAll(async () => {
  const refund = await prisma.kbArticle.create({
    data: {
      title: `${prefix} Refunds for ${word} orders`,
      body: `# ${prefix} Refunds for ${word} orders\n\nA ${word} refund is sent to the original card.\n\n## Timing\n\nYour ${word} refund within 3 days is shown in the app.`,
      category: "refund",
    },
  });
  refundId = refund.id;
  await prisma.kbArticle.create({ data: { title: `${prefix} Draft about ${word}`, body: `Unpublished ${word} text.`, status: "draft" } });
});

afterAll(async () => {
  await prisma.kbArticle.deleteMany({ where: { title: { startsWith: prefix } } });
  await prisma.guardrail.deleteMany({ where: { rule: { startsWith: prefix } } });
});

describe("the KB index from the database", () => {
  it("indexes published articles only, by section", async () => {
    const index = await cachedKbIndex(prisma, { checkEveryMs: 0 }).get();
    const hits = searchKbIndex(index, `${word} refund timing`, 5);
    expect(hits[0]).toMatchObject({ articleId: refundId, section: "Timing" });
    expect(hits.every((h) => !h.title.includes("Draft about"))).toBe(true);
  });

  it("rebuilds after an edit or unpublish, but checks the database at most every checkEveryMs", async () => {
    let clock = 0;
    const source = cachedKbIndex(prisma, { checkEveryMs: 5_000, now: () => clock });
    const first = await source.get();
    await prisma.kbArticle.update({ where: { id: refundId }, data: { body: `A ${word} refund goes back to the card. New quuxline${tag} note.` } });
    clock = 4_999;
    expect(await source.get()).toBe(first);
    clock = 5_000;
    const edited = await source.get();
    expect(edited.version).not.toBe(first.version);
    expect(searchKbIndex(edited, `quuxline${tag}`, 1)[0]?.articleId).toBe(refundId);
    clock = 10_000;
    expect(await source.get()).toBe(edited);
    await prisma.kbArticle.update({ where: { id: refundId }, data: { status: "draft" } });
    clock = 15_000;
    expect(searchKbIndex(await source.get(), `quuxline${tag}`, 1)).toEqual([]);
    await prisma.kbArticle.update({ where: { id: refundId }, data: { status: "published" } });
  });
});

describe("the KB index and page tags", () => {
  it("carries each article's pages, prefers them on a matching page, and rebuilds when only the pages change", async () => {
    const pageWord = `plimsoll${tag}`;
    const make = (title: string, pages: string[]) =>
      prisma.kbArticle.create({ data: { title: `${prefix} ${title}`, body: `# ${prefix} ${title}\n\nA ${pageWord} question is answered here.`, pages } });
    const orders = await make("Orders answer", []);
    const transfers = await make("Transfers answer", ["/payments/transfers"]);
    let clock = 0;
    const source = cachedKbIndex(prisma, { checkEveryMs: 1_000, now: () => clock });
    const first = await source.get();
    expect([...first.sections.values()].find((s) => s.articleId === transfers.id)?.pages).toEqual(["/payments/transfers"]);

    const onTransfers = searchKbIndex(first, pageWord, 2, { pageUrl: "https://app.example.com/payments/transfers/tr_1" });
    expect(onTransfers.map((p) => [p.articleId, p.pageMatch])).toEqual([
      [transfers.id, true],
      [orders.id, false],
    ]);

    await prisma.kbArticle.update({ where: { id: orders.id }, data: { pages: ["/shop/orders"] } });
    clock = 1_000;
    const retagged = await source.get();
    expect(retagged.version).not.toBe(first.version);
    expect(searchKbIndex(retagged, pageWord, 1, { pageUrl: "https://app.example.com/shop/orders/9" })[0]).toMatchObject({ articleId: orders.id, pageMatch: true });
  });

  it("the local provider retrieves with the page it is given", async () => {
    const ai = createAiProvider(prisma, "local");
    const [best] = await ai.retrieve(`plimsoll${tag}`, 1, { pageUrl: "/shop/orders" });
    expect(best).toMatchObject({ title: `${prefix} Orders answer`, pageMatch: true });
    const keyword = createAiProvider(prisma, "keyword");
    const [kw] = await keyword.retrieve(`plimsoll${tag}`, 1, { pageUrl: "https://app.example.com/payments/transfers" });
    expect(kw).toMatchObject({ title: `${prefix} Transfers answer`, pageMatch: true });
  });
});

describe("createAiProvider", () => {
  it("defaults to local, drafts from the database KB and applies a guardrail from the database", async () => {
    await prisma.kbArticle.update({
      where: { id: refundId },
      data: { body: `# Timing\n\nYour ${word} refund within 3 days is shown in the app.` },
    });
    const category = `${tag}-refund`;
    const ai = createAiProvider(prisma, undefined);
    expect(ai.name).toBe("local");
    const text = `When will my ${word} refund arrive?`;
    const open = await ai.draftReply({ text, intent: "other", passages: await ai.retrieve(text, 3) });
    expect(open).toMatchObject({ citations: [{ articleId: refundId }], blockedBy: null });
    await prisma.guardrail.create({ data: { rule: `${prefix} Never promise a refund timeline`, kind: "phrases", patterns: ["refund within"], categories: [category] } });
    const blocked = await ai.draftReply({ text, intent: category, passages: await ai.retrieve(text, 3) });
    expect(blocked.blockedBy).toBe(`${prefix} Never promise a refund timeline`);
  });

  it("keeps the keyword baseline selectable and rejects an unknown provider", () => {
    expect(createAiProvider(prisma, "keyword").name).toBe("keyword");
    expect(() => createAiProvider(prisma, "nope")).toThrow(/Unknown AI provider "nope"; AI_PROVIDER must be one of: .*local/);
  });
});
