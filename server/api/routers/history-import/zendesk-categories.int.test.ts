import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { CATEGORY_FIELD_FIXTURE } from "../../../connectors/fixtures/imports/expected";
import { FIXTURE_DIR } from "../../../connectors/fixtures/imports/read-fixture";
import type { TImportFormat } from "../../../../lib/history-import/import-record";
import { getPrisma } from "../../../db";
import { createImportJob } from "../../../services/history-import/import-jobs";
import { contextAs } from "../../../../tests/auth";
import { eventually, uniqueId } from "../../../../tests/integration/helpers";

/** The import page's category step through the router: the preview of an upload, the start, and the remembered choice. */
const prisma = getPrisma();
const designer = createCaller(contextAs("designer"));
const { file, field, byField } = CATEGORY_FIELD_FIXTURE;

function upload(source: string, name: string = file, format: TImportFormat = "zendesk") {
  const filePath = path.join(FIXTURE_DIR, name);
  return createImportJob(prisma, { format, fileName: name, filePath, fileBytes: statSync(filePath).size, actor: "test", source });
}

const finished = (id: string) =>
  eventually(`import ${id} to finish`, async () => {
    const job = await designer.historyImport.job({ id });
    return job.status === "completed" || job.status === "failed" ? job : null;
  });

describe("historyImport.zendeskCategories and historyImport.start with a category", () => {
  it("offers the file's fields, previews a choice, imports with it and preselects it for the next upload from the source", async () => {
    const source = uniqueId("page-category");
    const first = await upload(source);
    const offer = await designer.historyImport.zendeskCategories({ jobId: first.id });
    expect(offer).toMatchObject({ source, remembered: null, chosen: { kind: "automatic" }, records: 12, complete: true });
    expect(offer.census.fields.map((f) => [f.field, f.tickets])).toEqual([
      [field, 10],
      ["360000222", 9],
      ["360000333", 8],
    ]);
    const preview = await designer.historyImport.zendeskCategories({ jobId: first.id, category: { kind: "field", field } });
    expect(Object.fromEntries(preview.census.categories.map((c) => [c.category, c.tickets]))).toEqual(byField);

    await designer.historyImport.start({ jobId: first.id, category: { kind: "field", field } });
    const done = await finished(first.id);
    expect(done).toMatchObject({ status: "completed", imported: 10, category: { source: { kind: "field", field }, outcome: { tickets: 10, categorised: 10, note: null } } });
    expect(done.category?.summary).toBe(`Categories: 10 of 10 tickets from custom field ${field}.`);
    const rows = await prisma.ticket.groupBy({ by: ["category"], where: { source }, _count: { _all: true } });
    expect(Object.fromEntries(rows.map((r) => [r.category, r._count._all]))).toEqual(byField);

    // The next upload from the source starts from the remembered field, and a start without a choice uses it.
    const second = await upload(source);
    expect((await designer.historyImport.zendeskCategories({ jobId: second.id })).remembered).toEqual({ kind: "field", field });
    await designer.historyImport.start({ jobId: second.id });
    expect(await finished(second.id)).toMatchObject({ unchanged: 10, category: { source: { kind: "field", field } } });
  });

  it("refuses an empty tag prefix, and a category choice or preview for an upload that is not Zendesk", async () => {
    const job = await upload(uniqueId("page-category"));
    await expect(designer.historyImport.start({ jobId: job.id, category: { kind: "tagPrefix", prefix: " " } })).rejects.toThrow(/A tag prefix cannot be empty/);
    const freshdesk = await upload(uniqueId("page-category"), "freshdesk-tickets.json", "freshdesk");
    const notZendesk = "Only a Zendesk export has a choice of where the category comes from";
    await expect(designer.historyImport.start({ jobId: freshdesk.id, category: { kind: "none" } })).rejects.toThrow(notZendesk);
    await expect(designer.historyImport.zendeskCategories({ jobId: freshdesk.id })).rejects.toThrow(notZendesk);
    expect((await designer.historyImport.job({ id: freshdesk.id })).status).toBe("uploaded");
  });
});
