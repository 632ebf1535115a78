import { describe, expect, it } from "vitest";
import { getPrisma } from "@/server/db";
import { uniqueId } from "../../../tests/integration/helpers";
import { createKbArticle, deleteKbArticle, getKbArticle, updateKbArticle } from "./kb-articles";
import { ZKbArticleInputSchema } from "./kb-article-schema";
import { listKbArticles } from "./list-kb-articles";

/** The lint stored at save: the list counts it without parsing bodies, and counts links to articles deleted since. */
const prisma = getPrisma();
const input = (title: string, body: string) => ZKbArticleInputSchema.parse({ title, body });

describe("stored article lint", () => {
  it("is computed at save, and the list counts links to articles deleted since without a new save", async () => {
    const word = uniqueId("lintokapi").replace(/-/g, "");
    const target = await createKbArticle(prisma, input(`Target ${word}`, "# Target\n\nOpen the app."));
    const linking = await createKbArticle(prisma, input(`Linking ${word}`, `# Linking ${word}\n\nOpen [the target](/knowledge/${target.id}).\n\n## Empty`));
    expect(linking.linkedArticleIds).toEqual([target.id]);
    expect(linking.lintWarnings).toEqual([expect.objectContaining({ code: "empty-section" })]);
    expect((await listKbArticles(prisma, { query: `Linking ${word}` })).articles).toMatchObject([{ id: linking.id, lintWarnings: 1 }]);

    await deleteKbArticle(prisma, target.id);
    expect((await listKbArticles(prisma, { query: `Linking ${word}` })).articles).toMatchObject([{ id: linking.id, lintWarnings: 2 }]);
    expect((await getKbArticle(prisma, linking.id)).lint.map((w) => w.code).sort()).toEqual(["broken-link", "empty-section"]);

    const fixed = await updateKbArticle(prisma, linking.id, input(`Linking ${word}`, `# Linking ${word}\n\nOpen the app and tap **Cards**.`));
    expect(fixed.lintWarnings).toEqual([]);
    expect((await listKbArticles(prisma, { query: `Linking ${word}` })).articles).toMatchObject([{ lintWarnings: 0 }]);
  });

  it("is what the list reads: a stored count stands even when the body would lint otherwise", async () => {
    const word = uniqueId("lintquoll").replace(/-/g, "");
    const stored = [{ code: "too-long", message: "stored" }, { code: "too-long", message: "stored" }, { code: "too-long", message: "stored" }];
    const row = await prisma.kbArticle.create({ data: { title: `Stored ${word}`, body: "# Stored\n\nOpen the app.", lintWarnings: stored } });
    expect((await listKbArticles(prisma, { query: word })).articles).toMatchObject([{ id: row.id, lintWarnings: 3 }]);
  });

  it("is computed once for an article saved without it, and kept", async () => {
    const word = uniqueId("lintnumbat").replace(/-/g, "");
    const row = await prisma.kbArticle.create({ data: { title: `Old ${word}`, body: `# Old\n\nThank you for asking about ${word}.\n\n## Empty` } });
    expect(row.lintWarnings).toBeNull();
    expect((await listKbArticles(prisma, { query: word })).articles).toMatchObject([{ id: row.id, lintWarnings: 2 }]);
    const after = await prisma.kbArticle.findUniqueOrThrow({ where: { id: row.id } });
    expect((after.lintWarnings as { code: string }[]).map((w) => w.code).sort()).toEqual(["answer-late", "empty-section"]);
  });

  it("lists a 200,000-character article with its stored count", { timeout: 120_000 }, async () => {
    const word = uniqueId("lintdugong").replace(/-/g, "");
    const body = `# Huge ${word}\n\n${"Open the app and tap **Cards** then [help](/knowledge). ".repeat(4000)}`.slice(0, 200_000);
    const huge = await createKbArticle(prisma, input(`Huge ${word}`, body));
    expect(Array.isArray(huge.lintWarnings)).toBe(true);
    const listed = (await listKbArticles(prisma, { query: word })).articles;
    expect(listed.map((a) => a.id)).toEqual([huge.id]);
    expect(listed[0]!.lintWarnings).toBe((huge.lintWarnings as unknown[]).length);
  });
});
