import { describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { studio } from "../run-studio";

/** `studio kb-import` as a person runs it, against the test database (the child process inherits DATABASE_URL). */
const prisma = getPrisma();
const FIXTURES = "server/services/knowledge/import/fixtures";

describe("studio kb-import", () => {
  it("imports a folder of Markdown recursively, reports the bad file, and a second run changes nothing", async () => {
    const run = await studio("kb-import", `${FIXTURES}/markdown-folder`, "--format", "markdown", "--owner", "docs-team");
    expect(run.stdout).toContain("3 records (markdown): 2 created, 0 updated, 0 unchanged, 1 rejected");
    expect(run.stdout).toContain("empty.md record 2: body: Body is required");
    expect(run.code).toBe(1);
    const freeze = await prisma.kbArticle.findUniqueOrThrow({ where: { source_externalId: { source: "markdown", externalId: "cards/freeze-card.md" } } });
    expect(freeze).toMatchObject({ title: "Freeze a card", category: "lost_or_stolen_card", tags: ["cards", "security"], owner: "docs-team" });

    const again = await studio("kb-import", `${FIXTURES}/markdown-folder`, "--format", "markdown", "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 1 });
  });

  it("imports Zendesk macros and says why a field-only macro was skipped", async () => {
    const run = await studio("kb-import", `${FIXTURES}/zendesk-macros.json`, "--format", "zendesk-macros", "--json");
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ source: "zendesk-macro", records: 2, created: 1, rejected: 1 });
    expect(result.rejections[0]).toMatchObject({ record: 2, reason: expect.stringContaining("no comment action") });
    const order = await prisma.kbArticle.findUniqueOrThrow({ where: { source_externalId: { source: "zendesk-macro", externalId: "360001" } } });
    expect(order.body).toBe("Open **Orders** and tap *Track* to see where your parcel is.\n\n## No tracking yet\n\nThe link appears once the order has shipped.");
    expect(order.tags).toEqual(["Orders"]);
  });

  it("exits 2 for an unknown format or a missing path", async () => {
    expect((await studio("kb-import", FIXTURES, "--format", "docx")).code).toBe(2);
    const missing = await studio("kb-import", "no-such-folder", "--format", "markdown");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read no-such-folder");
  });
});
