import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { EXPECTED_IMPORTS } from "../../connectors/fixtures/imports/expected";
import { uniqueId } from "../../../tests/integration/helpers";
import { currentProcessOwner } from "../../lib/process-owner";
import { createImportJob, jobView, runImportJob } from "./import-jobs";

const prisma = getPrisma();
const FIXTURES = fileURLToPath(new URL("../../connectors/fixtures/imports/", import.meta.url));

/** Runs one fixture file as an import job (the upload page's and the CLI's path) into `source`. */
async function importFixture(name: string, source: string) {
  const expected = EXPECTED_IMPORTS[name]!;
  const filePath = path.join(FIXTURES, name);
  const job = await createImportJob(prisma, { format: expected.format, fileName: name, filePath, fileBytes: statSync(filePath).size, actor: "test", source });
  return jobView(await runImportJob(prisma, job.id, { mapping: expected.mapping, batchSize: 3 }));
}

const bases = Object.entries(EXPECTED_IMPORTS).filter(([, e]) => e.afterBase === undefined);
const updates = Object.entries(EXPECTED_IMPORTS).filter(([, e]) => e.afterBase !== undefined);

describe("importing the vendors' export shapes", () => {
  it.each(bases)("%s: exact imported and rejected counts, each rejection with its position; a second import changes nothing", async (name, expected) => {
    const source = uniqueId("fixture");
    const job = await importFixture(name, source);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ status: "completed", records: expected.records, imported: expected.ok, updated: 0, unchanged: 0, rejected: expected.rejected });
    expect(job.progress).toBe(1);
    expect(job.rejections.map((r) => ({ record: r.record, line: r.line }))).toEqual(expected.rejectedReasons.map((r) => ({ record: r.record, line: r.line })));
    job.rejections.forEach((r, i) => expect(r.reason).toContain(expected.rejectedReasons[i]!.reasonIncludes));
    const stored = await prisma.ticket.findMany({ where: { source }, select: { externalId: true }, orderBy: { externalId: "asc" } });
    expect(stored.map((t) => t.externalId)).toEqual([...expected.okIds].sort());

    const again = await importFixture(name, source);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: expected.ok, rejected: expected.rejected });
    expect(await prisma.ticket.count({ where: { source } })).toBe(expected.ok);
  });

  it.each(updates)("%s after its base export: exact imported, updated and unchanged counts", async (name, expected) => {
    const source = uniqueId("fixture");
    const after = expected.afterBase!;
    await importFixture(after.base, source);
    const before = await prisma.ticket.count({ where: { source } });
    const job = await importFixture(name, source);
    expect(job).toMatchObject({ status: "completed", imported: after.imported, updated: after.updated, unchanged: after.unchanged, rejected: after.rejected });
    expect(await prisma.ticket.count({ where: { source } })).toBe(before + after.imported);
  });
});

it("a file that is not what its format says fails the job with the reason, and keeps nothing half-done", async () => {
  const filePath = path.join(FIXTURES, "generic.csv");
  const job = await createImportJob(prisma, { format: "csv", fileName: "generic.csv", filePath, fileBytes: statSync(filePath).size, actor: "test", source: uniqueId("fixture") });
  const done = await runImportJob(prisma, job.id, { mapping: { columns: { externalId: "nope", body: "message", createdAt: "created" }, delimiter: ",", tagSeparator: "," } });
  expect(done.status).toBe("failed");
  expect(done.error).toMatch(/nope/);
  // The process that ran it is on the row, for a later start to tell a running import from an orphaned one.
  expect(done.owner).toBe(currentProcessOwner());
  await expect(runImportJob(prisma, job.id)).rejects.toThrow(/already failed/);
});
